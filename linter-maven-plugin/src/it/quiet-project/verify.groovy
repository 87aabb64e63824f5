// No tokenlint.yaml and no Dynatrace call: the check passes without a warning or a hint.
String log = new File(basedir, 'build.log').text

assert log.contains('BUILD SUCCESS')
assert log.contains('tokenlint: 0 errors, 0 warnings, 0 notes')
assert !(log =~ /\[(ERROR|WARNING)\] /)
assert !log.contains('tokenlint init')
return true
