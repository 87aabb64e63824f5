// One token shared by two modules: least privilege is judged over the calls of both, so neither
// scope is unused, however the build is run.
String log = new File(basedir, 'build.log').text
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.trim() }
assert runs.size() == 4 : "expected 4 builds, found ${runs.size()}"
runs.each { run ->
    assert run.contains('BUILD SUCCESS')
    assert !run.contains('unused-scope:')
    assert !run.contains('missing-scope:')
}
String whole = runs[0], parallel = runs[1], part = runs[2], alone = runs[3]

// The last module of the build that uses the config judges its tokens over both modules' calls.
assert whole =~ /tokenlint: the tokens of \.\.\/tokenlint\.yaml judged over the calls of 2 modules: module-a, module-b/
assert whole.contains('tokenlint: ../tokenlint.yaml is shared by 3 modules; its tokens are judged over all of them and reported by module-b')
assert parallel =~ /MultiThreadedBuilder implementation with a thread count of 2/
assert parallel =~ /judged over the calls of 2 modules: module-a, module-b/
// -pl: module-a reports (it is the only module built) and still sees module-b's call.
assert part =~ /judged over the calls of 2 modules: module-a, module-b/
assert !part.contains('Building module-b')
// Alone, below the config: what module-a alone can conclude (its calls), and why not the rest.
assert alone.contains('lies above the folder this build started in')

// module-b's report holds the whole config's view (paths from the config's folder), run 2's.
String json = new File(basedir, 'module-b/target/tokenlint/tokenlint.json').text
assert json.contains('"file": "module-a/src/main/java/com/acme/metrics/MetricsExporter.java"')
assert json.contains('"file": "module-b/src/main/java/com/acme/logs/LogShipper.java"')
return true
