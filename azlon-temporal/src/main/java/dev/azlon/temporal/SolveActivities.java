package dev.azlon.temporal;

import io.temporal.activity.ActivityInterface;

/** One solve, run with today's solver on the worker's own Docker engine. */
@ActivityInterface
public interface SolveActivities {

  SolveReport solve(SolveRequest request);
}
