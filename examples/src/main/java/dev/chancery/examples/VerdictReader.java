package dev.chancery.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.chancery.model.fact.CloudEventHeaders;
import dev.chancery.model.fact.FactType;
import dev.chancery.model.fact.Topics;
import dev.chancery.model.json.ChanceryJson;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads one record of {@code chancery.verdicts.v2}: the {@code ce_type} header names the payload type, the value is
 * validated against that type's published JSON Schema (shared-model, the one AsyncAPI references) and then parsed.
 * Properties it does not know are ignored, as the topic's contract asks of readers.
 */
public final class VerdictReader {
    private final Map<String, FactType> types;
    private final Map<FactType, JsonSchema> schemas;

    private VerdictReader(Map<String, FactType> types, Map<FactType, JsonSchema> schemas) {
        this.types = types;
        this.schemas = schemas;
    }

    public static VerdictReader forPublishedSchemas() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        Map<FactType, JsonSchema> schemas = Arrays.stream(FactType.values())
                .filter(t -> t.topic().equals(Topics.VERDICTS))
                .collect(Collectors.toMap(Function.identity(), t -> factory.getSchema(schema(t))));
        Map<String, FactType> types = schemas.keySet().stream()
                .collect(Collectors.toMap(FactType::cloudEventType, Function.identity()));
        return new VerdictReader(types, schemas);
    }

    public Reading read(ConsumerRecord<String, byte[]> record) {
        Header typeHeader = record.headers().lastHeader(CloudEventHeaders.TYPE);
        if (typeHeader == null) {
            return new Reading.Unreadable("header " + CloudEventHeaders.TYPE + " is missing");
        }
        String ceType = new String(typeHeader.value(), StandardCharsets.UTF_8);
        FactType type = types.get(ceType);
        if (type == null) {
            return new Reading.Unreadable("not a verdict type this reader knows: " + ceType);
        }
        if (record.value() == null) {
            return new Reading.Unreadable("no value");
        }
        try {
            JsonNode json = ChanceryJson.mapper().readTree(record.value());
            Set<ValidationMessage> violations = schemas.get(type).validate(json);
            if (!violations.isEmpty()) {
                return new Reading.Unreadable("not a valid " + ceType + ": " + violations.stream()
                        .map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; ")));
            }
            return new Reading.Verdict(ChanceryJson.mapper().treeToValue(json, type.payloadClass()));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            return new Reading.Unreadable("not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return new Reading.Unreadable("not readable: " + e.getMessage());
        }
    }

    private static JsonNode schema(FactType type) {
        try (InputStream in = FactType.class.getResourceAsStream(type.schemaResource())) {
            return ChanceryJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
