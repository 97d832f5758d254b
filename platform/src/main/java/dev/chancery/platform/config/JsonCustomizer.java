package dev.chancery.platform.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chancery.model.json.ChanceryJson;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Makes the REST layer write JSON exactly as the facts are written. */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        ChanceryJson.configure(mapper);
    }
}
