// BUILD FAILURE in the user's words: which dependency to add, and where; no stack trace, no class name, nothing made.
String log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] LH314: lakehouse.engine=spark needs the spark engine, which is not among the plugin\'s'
        + ' dependencies: add io.hooklake:runtime-spark:' + projectVersion + ' to the <dependencies> of'
        + ' lakehouse-maven-plugin in the pom')
assert log.contains('[ERROR]       <artifactId>runtime-spark</artifactId>')
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [a-z]+\./)
assert !log.contains('Caused by')
assert !log.contains('LakehouseException')
assert !log.contains('io.hooklake.runtime')
assert !new File(basedir, 'lakehouse').exists()
