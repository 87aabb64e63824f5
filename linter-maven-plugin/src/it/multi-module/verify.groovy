// The parent's tokenlint.yaml covers module-a; module-b has its own; module-c has no calls.
String log = new File(basedir, 'build.log').text

assert log.contains('BUILD SUCCESS')
assert log =~ /MultiThreadedBuilder implementation with a thread count of 2/
// Maven names plugins that are not thread-safe; ours must not be among them.
assert !(log =~ /(?s)not marked as thread-safe.*linter-maven-plugin/) && !(log =~ /(?s)not marked as @threadSafe.*linter-maven-plugin/)

// module-a: its call bound to the parent's token (no unbound call, no init hint).
assert !log.contains('unbound-call')
assert !log.contains('tokenlint init')
// module-b: bound to its own logs token; under the parent config it would lack logs.ingest.
assert !log.contains('missing-scope')
assert !(log =~ /\[(ERROR|WARNING)\] src\//)

// The JSON reports show which token each module's call was bound to.
String a = new File(basedir, 'module-a/target/tokenlint/tokenlint.json').text
String b = new File(basedir, 'module-b/target/tokenlint/tokenlint.json').text
assert a.contains('/api/v2/metrics/ingest') && a.contains('acme-metrics-exporter-prod') && !a.contains('acme-log-shipper-prod')
assert b.contains('/api/v2/logs/ingest') && b.contains('acme-log-shipper-prod') && !b.contains('acme-metrics-exporter-prod')

// SARIF paths are read against the repository root by code scanning: each module names its folder
// (module-b's token lives longer than the 365 days allowed: one warning on its config).
String sarifB = new File(basedir, 'module-b/target/tokenlint/tokenlint.sarif').text
assert sarifB.contains('"ruleId": "token-expiry"')
assert sarifB.contains('"uri": "module-b/tokenlint.yaml"')
assert !sarifB.contains('"uri": "tokenlint.yaml"')
// The build log and the JSON report keep paths relative to the module.
assert log =~ /\[WARNING\] tokenlint.yaml:\[\d+,\d+\] token-expiry/
assert new File(basedir, 'module-b/target/tokenlint/tokenlint.json').text.contains('"file": "tokenlint.yaml"')

// Each module was checked, with reports under its own target folder.
['module-a', 'module-b', 'module-c'].each { m ->
    assert new File(basedir, "${m}/target/tokenlint").isDirectory() : "no reports for ${m}"
}
// The parent's config is shared by the aggregator, module-a and module-c: its tokens are judged over their
// calls by module-c, the last of them, whose reports hold that whole view.
assert log =~ /tokenlint: the tokens of \.\.\/tokenlint\.yaml judged over the calls of 2 modules: module-a, module-c/
assert new File(basedir, 'module-c/target/tokenlint/tokenlint.json').text.contains('module-a/src/main/java/com/acme/metrics/MetricsExporter.java')
return true
