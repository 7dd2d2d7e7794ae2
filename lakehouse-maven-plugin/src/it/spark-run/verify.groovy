// The geo project built by the Spark engine inside Maven: Iceberg tables written by Spark, a full run, a run with
// nothing to do, queries on Spark and on DuckDB, and the DuckDB engine refused as the lakehouse's runner.
String log = new File(basedir, 'build.log').text
List<String> lines = log.readLines()

// Generated in Spark SQL because lakehouse.engine=spark; the lakehouse records Spark as its engine.
assert new File(basedir, 'target/lakehouse/manifest.json').text.contains('"dialect" : "spark"')
def properties = new Properties()
new File(basedir, 'lakehouse/lakehouse.properties').withReader { properties.load(it) }
assert properties.engine == 'spark' && properties.format == 'iceberg'
// Every table was written by Iceberg's Spark connector into the lakehouse's own catalog, copy-on-write.
assert new File(basedir, 'lakehouse/iceberg-catalog.db').isFile()
def metadata = new File(basedir, 'lakehouse/tables/dab/frame__geo__orders/metadata').listFiles()
        .findAll { it.name.endsWith('.metadata.json') }
assert metadata.size() == 1
def frameMetadata = metadata[0].text
assert frameMetadata =~ /"engine-name"\s*:\s*"spark"/ && frameMetadata =~ /"engine-version"\s*:\s*"4\.[^"]*"/
assert frameMetadata =~ /"write\.delete\.mode"\s*:\s*"copy-on-write"/

// Load 1, then the full run: 25 models, a line each.
assert log.contains('[INFO] das.landed__geo__states: landed 3 rows as load 2024-01-01 00:00:00')
(1..25).each { n -> assert lines.any { it.startsWith(String.format('[INFO] [%2d/25] ', n)) } }
assert lines.any { it ==~ /\[INFO\] \[ ?\d+\/25\] dab\.frame__geo__addresses +FRAME +full rebuild +2 rows +2 changed +\d+\.\d\d s/ }
assert lines.any { it ==~ /\[INFO\] run run-\S+: 25 models \(16 full rebuild, 9 recreate view\), \d+ rows in .*/ }
// The second run has nothing to do.
assert lines.any { it ==~ /\[INFO\] run run-\S+: nothing to do in .*/ }

// The queries, through the Spark engine and then the DuckDB engine (the pom's queries folder serves both): the
// same answers as the run IT's after load 1 on DuckDB alone.
assert lines.count { it == '[INFO] -- countries.sql' } == 2
assert log.contains('''[INFO] country_code | name        | loads
[INFO] -------------+-------------+------
[INFO] BE           | Belgium     |     1
[INFO] NL           | Netherlands |     1
[INFO] (2 rows)''')
assert log.contains('''[INFO] frame__geo__orders |         2
[INFO] (1 row)''')
// The DuckDB engine reads the orders frame Spark kept: orders 100 and 101, both open.
assert log.contains('''[INFO] status | orders | amount
[INFO] -------+--------+-------
[INFO] open   |      2 |  15.00
[INFO] (1 row)''')

// Spark's log stays out of the build's: no task or snapshot lines.
assert !log.contains('Running task') && !log.contains('Created snapshot')

// The second build: the DuckDB engine may not run the lakehouse Spark runs; it says which engine to use.
assert log.contains('[ERROR] LH324: the lakehouse at ')
assert log.contains('is run by the spark engine, not duckdb: run, plan and ingest it with the spark engine'
        + ' (lakehouse.engine=spark); either engine can query it')
assert lines.count { it.startsWith('[INFO] Running ') } == 2
assert !(log =~ /(?m)^\s+at [a-z]+\./)
// Spark stopped with each goal, while the plugin's classes could load: nothing fails when the JVM exits.
assert !log.contains('Exception in thread') && !log.contains('NoClassDefFoundError')
