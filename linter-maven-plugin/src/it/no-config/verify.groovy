// Calls to Dynatrace but no tokenlint.yaml: unbound-call warnings and a hint to run tokenlint init.
String log = new File(basedir, 'build.log').text

assert log =~ /\[WARNING\] src\/main\/java\/com\/acme\/metrics\/MetricsExporter\.java:\[\d+,\d+\] unbound-call: /
assert log =~ /tokenlint: no tokenlint\.yaml in \S+ or its parent folders; `tokenlint init` writes one/
// First run passes, the failOn=warning run fails.
assert log.contains('BUILD SUCCESS')
assert log =~ /tokenlint found \d+ findings? at or above failOn=warning/
assert log.contains('BUILD FAILURE')
assert log.contains('[WARNING] tokenlint: 1 finding at or above failOn=warning, within maxAllowedViolations=1')
assert !(log =~ /(?m)^\s+at \S+ ?\(/)
return true
