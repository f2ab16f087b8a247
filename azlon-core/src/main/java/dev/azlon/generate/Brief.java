package dev.azlon.generate;

/**
 * What the model is asked to do, in the words it sees.
 *
 * @param prompt what the program should do
 * @param testConditions what its standard output must satisfy
 * @param baseImage the only image the Dockerfile may start from
 * @param sandboxRules the sandbox's limits, one "- " line each
 */
public record Brief(String prompt, String testConditions, String baseImage, String sandboxRules) {}
