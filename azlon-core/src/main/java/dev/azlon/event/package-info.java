/** API. What a solve reports while it works; a front end maps the events to its own log. */
package dev.azlon.event;
