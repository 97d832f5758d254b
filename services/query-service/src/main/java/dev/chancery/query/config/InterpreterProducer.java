package dev.chancery.query.config;

import dev.chancery.model.reference.ReferenceData;
import dev.chancery.query.ask.QuestionInterpreter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Makes the plain-English question interpreter injectable (relative dates read against UTC now). */
@ApplicationScoped
public class InterpreterProducer {

    @Produces
    @Singleton
    QuestionInterpreter interpreter(ReferenceData reference) {
        return new QuestionInterpreter(reference, Clock.systemUTC());
    }
}
