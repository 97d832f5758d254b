package dev.chancery.query.it;

import dev.chancery.testsupport.TestInfrastructure;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** REST calls with a token, and waiting for the projections to catch up. */
final class Api {
    private Api() {
    }

    static RequestSpecification reader() {
        return as("read");
    }

    static RequestSpecification as(String... roles) {
        return RestAssured.given().auth().oauth2(TestInfrastructure.get().token(roles));
    }

    /** Polls until the condition holds; fails after 30 s. */
    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    /** True once the event is readable (as of now) with the given revision. */
    static boolean eventAtRevision(String eventId, int revision) {
        var response = reader().get("/api/v1/events/{id}", eventId);
        return response.statusCode() == 200
                && response.jsonPath().getList("history").size() >= revision;
    }
}
