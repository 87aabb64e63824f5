// The skipped run, then the failing one; both write to build.log.
String log = new File(basedir, 'build.log').text

assert log.contains('tokenlint: skipped (tokenlint.skip)')

// The finding reads like a compiler error, at the call's position.
assert log =~ /\[ERROR\] src\/main\/java\/com\/acme\/metrics\/MetricsExporter\.java:\[\d+,\d+\] missing-scope: .*metrics\.ingest/
assert log =~ /tokenlint: \d+ errors?, \d+ warnings?, \d+ notes?/
assert log =~ /tokenlint found \d+ findings? at or above failOn=error/
assert log.contains('BUILD FAILURE')
// One clean message, no stack trace.
assert !(log =~ /(?m)^\s+at \S+ ?\(/)
return true
