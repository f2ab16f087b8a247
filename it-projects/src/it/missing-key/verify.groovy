def log = new File(basedir, "build.log").text
assert log.contains("No API key for https://api.openai.com/v1")
assert log.contains("export OPENAI_API_KEY=")
assert log.contains("-Dazlon.baseUrl=")
// Could not run (BUILD ERROR in Maven's terms), not "ran and did not solve".
assert log.contains("MojoExecutionException")
assert !log.contains("MojoFailureException")
// Stopped before the solve began: no run folder, no Docker.
assert !new File(basedir, "target/azlon").exists()
assert !log.contains("Found Docker environment")
return true
