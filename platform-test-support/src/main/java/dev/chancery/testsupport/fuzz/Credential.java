package dev.chancery.testsupport.fuzz;

/** An {@code Authorization} header value to try ({@code null}: none), and whether the service must accept it. */
public record Credential(String label, String authorization, boolean genuine) {
}
