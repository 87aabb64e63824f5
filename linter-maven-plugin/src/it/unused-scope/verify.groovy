// The token also grants metrics.read, which no call needs: the build fails naming that scope.
String log = new File(basedir, 'build.log').text

assert log =~ /\[ERROR\] \S+ unused-scope: .*metrics\.read/
assert !(log =~ /missing-scope:/)
assert log =~ /tokenlint found \d+ findings? at or above failOn=error/
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at \S+ ?\(/)
return true
