/**
 * Internal. Asking the model for a project and reading its answers: the prompts and the files they
 * show within the context budget, the answers' schemas and checks, the transcript. Public types
 * here serve Azlon's own packages and its bench, not library users; they may change in any release.
 */
package dev.azlon.generate;
