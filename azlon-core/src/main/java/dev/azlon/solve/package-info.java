/**
 * API. Solving one spec: the {@link dev.azlon.solve.Solver}, what is asked ({@link
 * dev.azlon.solve.Task}) and how far to go ({@link dev.azlon.solve.Effort}), the result and its
 * {@link dev.azlon.solve.Outcome}.
 */
package dev.azlon.solve;
