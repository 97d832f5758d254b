package dev.chancery.query.config;

import dev.chancery.model.reference.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the shared reference data (countries, people, organisations, gatherings) injectable. */
@ApplicationScoped
public class ReferenceDataProducer {

    @Produces
    @Singleton
    ReferenceData referenceData() {
        return ReferenceData.load();
    }
}
