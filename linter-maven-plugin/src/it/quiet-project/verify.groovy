// No tokenlint.yaml and no Dynatrace call: the check passes without a warning or a hint.
String log = new File(basedir, 'build.log').text

assert log.contains('BUILD SUCCESS')
assert log.contains('tokenlint: 0 errors, 0 warnings, 0 notes')
// (Maven 4 itself warns that the default plugins' versions are not locked; that one is not ours.)
assert !(log =~ /\[(ERROR|WARNING)\] (?!Version not locked for default bindings plugins)/)
assert !log.contains('tokenlint init')
return true
