package dev.azlon.event;

/** Receives a solve's events in order, on the solving thread. */
@FunctionalInterface
public interface SolveListener {

  SolveListener NONE = event -> {};

  void on(SolveEvent event);
}
