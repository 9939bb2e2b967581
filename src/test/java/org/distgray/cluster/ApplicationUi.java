package org.distgray.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Reads a running application's Spark UI REST API, to act at a known point of a run. */
final class ApplicationUi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;

    ApplicationUi(int port) {
        this.base = "http://127.0.0.1:" + port + "/api/v1/applications";
    }

    /** Tasks executor {@code id} has completed so far; 0 while the UI is not up. */
    int completedTasks(String id) {
        for (JsonNode executor : executors()) {
            if (id.equals(executor.path("id").asText())) {
                return executor.path("completedTasks").asInt();
            }
        }
        return 0;
    }

    /** Executors registered with the driver so far, the driver itself not counted. */
    int registeredExecutors() {
        int count = 0;
        for (JsonNode executor : executors()) {
            if (!"driver".equals(executor.path("id").asText())) {
                count++;
            }
        }
        return count;
    }

    /** The executors of the (only) application; none while the UI is not up. */
    private JsonNode executors() {
        try {
            JsonNode apps = JSON.readTree(get(base));
            return apps.isEmpty() ? JSON.createArrayNode()
                    : JSON.readTree(get(base + "/" + apps.get(0).get("id").asText()
                            + "/executors"));
        } catch (IOException e) {
            return JSON.createArrayNode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return JSON.createArrayNode();
        }
    }

    private String get(String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
