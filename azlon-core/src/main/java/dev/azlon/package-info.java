/**
 * API. What every part of Azlon shares: the exceptions (their type says whether trying again may
 * help), the redactor that keeps secrets out of everything written or said, and {@link
 * dev.azlon.Setting}, the one table of settings.
 */
package dev.azlon;
