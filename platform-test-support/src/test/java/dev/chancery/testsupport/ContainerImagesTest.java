package dev.chancery.testsupport;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The containers the tests start are those docker-compose.yml runs. */
class ContainerImagesTest {
    private static final Path COMPOSE = Path.of("..", "docker-compose.yml");

    @ParameterizedTest(name = "compose service {0}")
    @CsvSource({
            "kafka,    " + ContainerInfrastructure.KAFKA_IMAGE,
            "postgres, " + ContainerInfrastructure.POSTGRES_IMAGE,
    })
    void theTestImageIsTheComposeImage(String service, String testImage) throws IOException {
        assertThat(composeImage(service)).isEqualTo(testImage);
    }

    private static String composeImage(String service) throws IOException {
        Matcher m = Pattern.compile("(?m)^  " + Pattern.quote(service) + ":\\n(?:    .*\\n)*?    image: (\\S+)")
                .matcher(Files.readString(COMPOSE));
        assertThat(m.find()).as("service %s with an image in %s", service, COMPOSE).isTrue();
        return m.group(1);
    }
}
