// One config shared by module-a, module-b and the pom module docs; module-c has a broken config of its own.
String log = new File(basedir, 'build.log').text

// module-b's call needs logs.ingest, which the shared token lacks: reported in module-b, at its call.
assert log =~ /(?s)Building module-b .*?\[ERROR\] src\/main\/java\/com\/acme\/logs\/LogShipper\.java:\[\d+,\d+\] missing-scope: POST \/api\/v2\/logs\/ingest needs logs\.ingest/
assert log =~ /Failed to execute goal \S+:check \(default\) on project module-b: tokenlint found 1 finding/
// No module names events.ingest as needed, whichever module runs: unused in the whole build, reported once,
// by docs (the last module that uses the config, a pom module without sources), at the config's line.
assert (log =~ /unused-scope: token 'shared-ingest' grants 'events\.ingest'/).size() == 1
assert log =~ /(?s)Building docs .*?\[ERROR\] \.\.\/tokenlint\.yaml:\[3,\d+\] unused-scope: token 'shared-ingest' grants 'events\.ingest'/
assert !(log =~ /unused-scope: token 'shared-ingest' grants 'metrics\.ingest'/)
// module-c's own config is broken: it fails with the place, the others still got their verdicts.
assert log =~ /on project module-c: tokenlint: tokenlint\.yaml:3:\d+: unknown key 'scops'/
assert !(log =~ /(?m)^\s+at \S+ ?\(/)
// module-a is fine.
['module-a': 'SUCCESS', 'module-b': 'FAILURE', 'module-c': 'FAILURE', 'docs': 'FAILURE'].each { m, result ->
    assert log =~ /(?m)^\[INFO\] ${m}\b[^\n]*\.\.\. ?${result}/ : "${m} should be ${result}"
}
return true
