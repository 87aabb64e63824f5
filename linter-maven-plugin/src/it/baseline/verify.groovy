// Baseline round trip: written, then the check passes, then a new finding fails it.
String log = new File(basedir, 'build.log').text

File baseline = new File(basedir, 'tokenlint-baseline.json')
assert baseline.isFile()
assert baseline.text.contains('"fingerprint"')
assert baseline.text.contains('missing-scope')
assert log =~ /tokenlint: wrote \d+ accepted findings? to tokenlint-baseline\.json/

// Run 2 hides the accepted findings and passes.
assert log =~ /tokenlint: 0 errors, \d+ warnings?, \d+ notes? \(0 suppressed, [1-9]\d* baselined\)/
assert log.contains('BUILD SUCCESS')

// Run 3 fails on the call in the test sources only.
assert log =~ /\[ERROR\] src\/test\/java\/com\/acme\/logs\/LogSmokeClient\.java:\[\d+,\d+\] missing-scope: .*logs\.ingest/
assert !(log =~ /\[ERROR\] src\/main\/java\/\S+ missing-scope:/)
assert log.contains('BUILD FAILURE')
return true
