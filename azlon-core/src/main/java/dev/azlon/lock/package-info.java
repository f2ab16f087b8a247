/**
 * Internal. The solution lock: read and checked as a model's answer is, written beside the old one
 * and swapped in, verified again in the sandbox.
 */
package dev.azlon.lock;
