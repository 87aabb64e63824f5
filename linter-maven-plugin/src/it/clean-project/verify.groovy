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

// tokenlint:help -Ddetail lists every goal and, under it, every parameter a user can set, with its
// user property; every property is tokenlint.<parameter> (the help goal's own are Maven's: detail, goal).
String help = log.substring(log.indexOf(':help (default-cli)'))
def descriptor = new groovy.xml.XmlSlurper().parse(new File(pluginDescriptor))
Map<String, String> sections = [:]
def goals = (help =~ /(?m)^tokenlint:([\w-]+)\s*$/).collect { it[1] }
goals.eachWithIndex { goal, i ->
    int from = help.indexOf('tokenlint:' + goal + '\n')
    int to = i + 1 < goals.size() ? help.indexOf('tokenlint:' + goals[i + 1] + '\n') : help.length()
    sections[goal] = help.substring(from, to)
}
def mojos = descriptor.mojos.mojo
assert mojos.size() >= 3
mojos.each { mojo ->
    String goal = mojo.goal.text()
    assert sections.containsKey(goal) : "tokenlint:help -Ddetail does not list goal ${goal}: ${sections.keySet()}"
    mojo.parameters.parameter.findAll { it.editable.text() == 'true' }.each { p ->
        String name = p.name.text()
        assert sections[goal] =~ /(?m)^    ${name}( \(Default: .*\))?$/ : "help for ${goal} does not list ${name}"
        String expression = mojo.configuration.children().find { it.name() == name }?.text() ?: ''
        if (goal != 'help') {
            assert expression == '${tokenlint.' + name + '}' : "${goal} ${name}: property ${expression}"
        }
        String property = expression.replaceAll(/^\$\{|\}$/, '')
        if (property) {
            assert sections[goal].contains('User property: ' + property) : "help for ${goal} ${name} lacks ${property}"
        }
    }
}
return true
