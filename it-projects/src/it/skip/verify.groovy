def log = new File(basedir, "build.log").text
assert log.contains("Skipping azlon:solve because azlon.skip is true.")
assert !log.contains("Solving in")
assert !new File(basedir, "target/azlon").exists()
return true
