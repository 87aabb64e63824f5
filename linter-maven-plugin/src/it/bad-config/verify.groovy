// tokenlint.yaml misspells 'scopes' on line 3: the build fails with the place of the problem, not a stack trace.
String log = new File(basedir, 'build.log').text

assert log.contains('BUILD FAILURE')
assert log =~ /on project bad-config: tokenlint: tokenlint\.yaml:3:\d+: /
assert !(log =~ /(?m)^\s+at \S+ ?\(/)
assert !log.contains('UnsupportedOperationException')
assert !log.contains('InvalidInputException')
return true
