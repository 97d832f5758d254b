package dev.chancery.testsupport.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * The requests that fuzz one operation: the auth matrix, bad values for each parameter, missing and repeated
 * parameters, bad bodies and wrong media types, a repeated Authorization header, methods the path does not take,
 * and request lines and headers over the limits. Fixed by the seed.
 * A path parameter of an operation that changes state is not given its example (it names an action, such as a
 * projection rebuild, that would disturb the tests sharing the service).
 */
public record FuzzPlan(List<Credential> credentials, int valuesPerParameter, int bodiesPerOperation, long seed) {
    static final List<String> WRONG_MEDIA = List.of("text/plain", "application/xml", "application/json; charset=ibm-037",
            "multipart/form-data; boundary=x", "*/*", "application/x-www-form-urlencoded", "nonsense");

    public List<FuzzRequest> requests(ApiOperation op) {
        Random random = new Random(seed ^ op.label().hashCode());
        String all = credentials.get(credentials.size() - 1).authorization();
        Map<String, String> good = new java.util.LinkedHashMap<>();
        op.parameters().stream().filter(ApiParameter::inBaseline).forEach(p -> good.put(p.name(),
                "GET".equals(op.method()) || !"path".equals(p.in()) ? p.goodValue() : "fuzz"));
        List<FuzzRequest> requests = new ArrayList<>();
        byte[] goodBody = op.bodyExample() == null ? null : op.bodyExample().getBytes(StandardCharsets.UTF_8);
        String media = op.bodyMediaTypes().isEmpty() ? null : op.bodyMediaTypes().get(0);
        for (Credential credential : credentials) {
            int expected = op.secured() && !credential.genuine() ? 401 : 0;
            requests.add(request(op, "auth: " + credential.label(), good, credential.authorization(), media, goodBody,
                    expected));
        }
        for (ApiParameter parameter : op.parameters()) {
            for (String bad : BadValues.sample(parameter, valuesPerParameter, random)) {
                requests.add(request(op, parameter.name() + "=" + abbreviate(bad), with(good, parameter.name(), bad),
                        all, media, goodBody, 0));
            }
            if ("query".equals(parameter.in())) {
                requests.add(request(op, "without " + parameter.name(), with(good, parameter.name(), null), all, media,
                        goodBody, 0));
                requests.add(request(op, parameter.name() + " twice", with(good, parameter.name(),
                        parameter.goodValue() + "&" + parameter.name() + "=" + BadValues.NUMBER.get(0)), all,
                        media, goodBody, 0));
            }
        }
        if (media != null) {
            List<byte[]> bodies = new ArrayList<>(BadBodies.all(op.bodyExample()));
            Collections.shuffle(bodies, random);
            for (byte[] body : bodies.subList(0, Math.min(bodiesPerOperation, bodies.size()))) {
                requests.add(request(op, "bad body", good, all, media, body, 0));
            }
            for (String wrong : WRONG_MEDIA) {
                requests.add(request(op, "media " + wrong, good, all, wrong, goodBody, 0));
            }
            requests.add(request(op, "no content type", good, all, null, goodBody, 0));
            requests.add(request(op, "no body", good, all, media, null, 0));
        }
        requests.add(request(op, "accept xml", good, all, media, goodBody, 0,
                h -> withHeader(h, "Accept", "application/xml")));
        requests.add(request(op, "authorization twice", good, all, media, goodBody, 0,
                h -> withHeader(h, "Authorization", credentials.get(1).authorization())));
        for (String method : List.of("PATCH", "OPTIONS")) {
            FuzzRequest sent = request(op, "method " + method, good, all, media, goodBody, 0);
            requests.add(new FuzzRequest(sent.label(), method, sent.target(), sent.headers(), sent.body(), 0));
        }
        requests.add(request(op, "header over the limit", good, all, media, goodBody, 431,
                h -> withHeader(h, "X-Fuzz", "h".repeat(17_000))));
        requests.add(request(op, "request line over the limit", with(good, "fuzz-padding", "p".repeat(9_000)), all,
                media, goodBody, 414));
        requests.add(request(op, "unknown parameter", with(good, "fuzz-unknown", "%00"), all, media, goodBody, 400));
        return requests;
    }

    private FuzzRequest request(ApiOperation op, String label, Map<String, String> values, String authorization,
            String media, byte[] body, int expected) {
        return request(op, label, values, authorization, media, body, expected, h -> h);
    }

    private FuzzRequest request(ApiOperation op, String label, Map<String, String> values, String authorization,
            String media, byte[] body, int expected,
            Function<List<Map.Entry<String, String>>, List<Map.Entry<String, String>>> extraHeaders) {
        String path = op.path();
        StringBuilder query = new StringBuilder();
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (Map.Entry<String, String> value : values.entrySet()) {
            String in = op.parameters().stream().filter(p -> p.name().equals(value.getKey())).map(ApiParameter::in)
                    .findFirst().orElse("query");
            if (value.getValue() == null) {
                continue;
            }
            switch (in) {
                case "path" -> path = path.replace("{" + value.getKey() + "}", value.getValue());
                case "header" -> headers.add(Map.entry(value.getKey(), value.getValue()));
                default -> query.append(query.length() == 0 ? "?" : "&").append(value.getKey()).append('=')
                        .append(value.getValue());
            }
        }
        if (authorization != null) {
            headers.add(Map.entry("Authorization", authorization));
        }
        if (media != null && body != null) {
            headers.add(Map.entry("Content-Type", media));
        }
        return new FuzzRequest(op.label() + " " + label, op.method(), path + query, extraHeaders.apply(headers),
                op.bodyMediaTypes().isEmpty() ? null : body, expected);
    }

    private static Map<String, String> with(Map<String, String> good, String name, String value) {
        Map<String, String> values = new java.util.LinkedHashMap<>(good);
        values.put(name, value);
        return values;
    }

    private static List<Map.Entry<String, String>> withHeader(List<Map.Entry<String, String>> headers, String name,
            String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.add(Map.entry(name, value));
        return more;
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "...(" + value.length() + ")" : value;
    }
}
