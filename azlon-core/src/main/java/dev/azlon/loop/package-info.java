/**
 * Internal. The solve loop: generate, build and run, check and judge, fix, until solved or a limit
 * is reached.
 */
package dev.azlon.loop;
