package org.distgray.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a running application's Spark UI REST API, to act at a known point of a run. */
final class ApplicationUi {
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;

    ApplicationUi(int port) {
        this.base = "http://127.0.0.1:" + port + "/api/v1/applications";
    }

    /** Tasks executor {@code id} has completed so far; 0 while the UI is not up. */
    int completedTasks(String id) {
        Matcher executor = Pattern.compile("\"id\" : \"" + Pattern.quote(id)
                + "\",[^}]*?\"completedTasks\" : (\\d+)").matcher(executors());
        return executor.find() ? Integer.parseInt(executor.group(1)) : 0;
    }

    /** Executors registered with the driver so far, the driver itself not counted. */
    int registeredExecutors() {
        Matcher id = Pattern.compile("\"id\" : \"(\\d+)\"").matcher(executors());
        int count = 0;
        while (id.find()) {
            count++;
        }
        return count;
    }

    /** The executors JSON of the (only) application, or "" while the UI is not up. */
    private String executors() {
        try {
            Matcher app = Pattern.compile("\"id\" : \"([^\"]+)\"").matcher(get(base));
            return app.find() ? get(base + "/" + app.group(1) + "/executors") : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private String get(String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
