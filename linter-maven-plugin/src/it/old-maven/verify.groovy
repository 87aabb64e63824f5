// Maven older than the minimum refuses the plugin with one line that names the version it needs,
// before running anything, and without a stack trace.
String log = new File(basedir, 'build.log').text

assert log.contains('BUILD FAILURE')
assert log =~ /linter-maven-plugin:[^ ]+ requires Maven version 3\.6\.3/
assert !(log =~ /(?m)^\s+at \S+ ?\(/)
assert !log.contains('tokenlint: 0 errors')
return true
