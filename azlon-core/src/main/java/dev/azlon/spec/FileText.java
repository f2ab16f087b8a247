package dev.azlon.spec;

/**
 * The text of a file a setting names (a prompt, a template, a Dockerfile), read when the setting
 * was set.
 *
 * @param source where it came from, as an error names it (a path, or "the submitted template")
 * @param text what it holds
 */
public record FileText(String source, String text) {}
