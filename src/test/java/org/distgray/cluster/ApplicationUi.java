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
        try {
            Matcher app = Pattern.compile("\"id\" : \"([^\"]+)\"").matcher(get(base));
            if (!app.find()) {
                return 0;
            }
            Matcher executor = Pattern.compile("\"id\" : \"" + Pattern.quote(id)
                    + "\",[^}]*?\"completedTasks\" : (\\d+)").matcher(
                            get(base + "/" + app.group(1) + "/executors"));
            return executor.find() ? Integer.parseInt(executor.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private String get(String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
