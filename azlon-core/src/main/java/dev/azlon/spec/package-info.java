/**
 * API. A task's settings key by key, spec files read as data (bounded, inside the project, plain
 * YAML), and the portable form a task travels in.
 */
package dev.azlon.spec;
