package dev.chancery.query.rest;

import dev.chancery.platform.rest.Problem;
import dev.chancery.platform.rest.ProblemException;
import dev.chancery.query.ask.Interpretation;
import dev.chancery.query.ask.QuestionInterpreter;
import dev.chancery.query.ask.Uninterpretable;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain-English questions, answered with the rows of the endpoint they map to. */
@Path("/api/v1/ask")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("read")
@Tag(name = "ask")
public class AskResource {
    private final QuestionInterpreter interpreter;
    private final AskAnswers answers;

    public AskResource(QuestionInterpreter interpreter, AskAnswers answers) {
        this.interpreter = interpreter;
        this.answers = answers;
    }

    /** The answer document. */
    public record AskAnswer(String question, Map<String, Object> interpretation, List<?> answer) {
    }

    @GET
    @Operation(summary = "Ask a question", description = "Interprets the question (who is invited to a gathering, "
            + "whom an actor invited, contacts between actors, an actor's timeline) and answers with the rows of "
            + "the endpoint it maps to, as of asOf. Nothing is guessed: an uninterpretable question is a 422 "
            + "saying what was understood, with example questions.")
    @APIResponse(responseCode = "200", description = "Interpretation and answer", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AskAnswer.class),
            examples = @ExampleObject(name = "invited", value = "{\"question\":\"who is invited to the Miami G20?\","
                    + "\"interpretation\":{\"kind\":\"GatheringInvitations\",\"description\":\"Invitations to the "
                    + "2026 G20 summit\",\"endpoint\":\"/api/v1/gatherings/gathering:g20-2026/invitations\"},"
                    + "\"answer\":" + ApiExamples.INVITATIONS + "}")))
    @APIResponse(responseCode = "422", description = "Uninterpretable question", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = "{\"type\":\"https://chancery.dev/problems/"
                    + "uninterpretable-question\",\"title\":\"Unprocessable question\",\"status\":422,\"detail\":"
                    + "\"Could not interpret \\\"who is Bob?\\\": unrecognised names are not guessed.\",\"errors\":"
                    + "[{\"understood\":\"unrecognised names are not guessed\"},{\"example\":\"who is invited to "
                    + "the Miami G20?\"}]}")))
    public Uni<AskAnswer> ask(
            @Parameter(description = "The question", required = true, example = "who is invited to the Miami G20?")
            @QueryParam("q") String q,
            @Parameter(description = AsOfDoc.TEXT, example = AsOfDoc.EXAMPLE) @QueryParam("asOf") String asOf) {
        var at = ReadParams.asOf(asOf);
        Interpretation interpretation = interpreter.interpret(q);
        if (interpretation instanceof Uninterpretable u) {
            throw new ProblemException(Problem.of(422, "uninterpretable-question", "Unprocessable question",
                    u.describe()).withErrors(errors(u)));
        }
        return answers.answer(interpretation, at).map(rows -> new AskAnswer(q, describe(interpretation), rows));
    }

    private static Map<String, Object> describe(Interpretation i) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", i.getClass().getSimpleName());
        out.put("description", i.describe());
        out.put("endpoint", i.endpoint().map(e -> e.uri()).orElse(null));
        out.put("parameters", i);
        return out;
    }

    private static List<Map<String, Object>> errors(Uninterpretable u) {
        List<Map<String, Object>> errors = new ArrayList<>();
        u.understood().forEach(s -> errors.add(Map.of("understood", s)));
        u.examples().forEach(s -> errors.add(Map.of("example", s)));
        return errors;
    }
}
