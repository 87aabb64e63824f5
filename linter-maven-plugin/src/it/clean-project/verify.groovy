// The token has exactly the scope its one call needs: nothing to report, every report written.
String log = new File(basedir, 'build.log').text

assert log.contains('BUILD SUCCESS')
assert !log.contains('BUILD FAILURE')
assert log.contains('tokenlint: 0 errors, 0 warnings, 0 notes')
assert !(log =~ /\[(ERROR|WARNING)\] src\//)
assert !log.contains('tokenlint init')

// One file per requested format, each named tokenlint.<ext>, listed in the log.
File dir = new File(basedir, 'target/tokenlint')
List<File> reports = (dir.listFiles() ?: []).findAll { it.name.startsWith('tokenlint.') }
assert reports.size() == 5 : "expected five reports, found ${reports*.name}"
reports.each { assert it.length() > 0 : "${it.name} is empty" }
assert log.contains('tokenlint: reports written to target/tokenlint/tokenlint.')
File sarif = reports.find { it.name.contains('sarif') }
assert sarif != null && sarif.text.contains('2.1.0')
File html = reports.find { it.name.endsWith('.html') }
assert html != null && html.text.toLowerCase().contains('<html')
File json = reports.find { it.name.endsWith('.json') && !it.name.contains('sarif') }
assert json != null && json.text.contains('"findings"')

// tokenlint:help -Ddetail describes the check goal and its parameters.
assert log.contains('tokenlint:check')
assert log.contains('failOn')
assert log.contains('tokenlint.failOn')
return true
