// mvn site renders the tokenlint review in the site's skin: a page per module, and one for the whole build
// at the top, where the shared token is judged over both modules' calls.
String log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !(log =~ /(?m)^\s+at \S+ ?\(/)

File top = new File(basedir, 'target/site/tokenlint-aggregate.html')
File a = new File(basedir, 'module-a/target/site/tokenlint.html')
File b = new File(basedir, 'module-b/target/site/tokenlint.html')
[top, a, b].each { assert it.isFile() : "no ${it}" }

[top, a, b].each { page ->
    String html = page.text
    // the site's page (its skin's layout and menu) around tokenlint's review
    assert html =~ /(?i)<html/
    assert html.contains('id="bodyColumn"') : "${page}: not in the site's skin"
    assert html.contains('<div class="tokenlint-review">')
    assert html.contains('Token × scope matrix')
    assert html.contains('shared-ingest')
    // scoped styles and the filter script came along
    assert html.contains('.tokenlint-review .mark.granted')
    assert html.contains("})('');")
}

// The whole build: both modules' calls are the token's evidence, so only problems.read is unused.
String whole = top.text
assert whole.contains('tokenlint security review of the build')
assert whole.contains('module-a/src/main/java/com/acme/metrics/MetricsExporter.java')
assert whole.contains('module-b/src/main/java/com/acme/logs/LogShipper.java')
assert whole.contains('grants &#39;problems.read&#39;, which none of its calls needs')
assert !(whole =~ /grants &#39;(logs|metrics)\.ingest&#39;, which none/)
// each module's page: the same verdict about the shared config (each of them reports it in the site)
[a, b].each { assert it.text.contains('grants &#39;problems.read&#39;, which none of its calls needs') }

// The site lists the pages in its menu.
assert new File(basedir, 'target/site/project-reports.html').text.contains('tokenlint-aggregate.html')
assert new File(basedir, 'module-a/target/site/project-reports.html').text.contains('tokenlint.html')
return true
