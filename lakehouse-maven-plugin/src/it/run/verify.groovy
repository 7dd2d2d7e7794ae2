import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').text
List<String> lines = log.readLines()

// Load 1 landed from a folder of CSV files, one table each.
assert log.contains('[INFO] das.landed__geo__states: landed 3 rows as load 2024-01-01 00:00:00')
// The first run: a progress line per model, then the summary.
(1..22).each { n -> assert lines.any { it.startsWith(String.format('[INFO] [%2d/22] ', n)) } }
// Two workers: a model's number is the order it started in, which varies.
assert lines.any { it ==~ /\[INFO\] \[ ?\d+\/22\] dab\.frame__geo__addresses +FRAME +full rebuild +2 rows +\d+\.\d\d s/ }
assert lines.any { it ==~ /\[INFO\] run run-\S+: 22 models \(13 full rebuild, 9 recreate view\), 61 rows in .*/ }
// After load 2 the run is incremental.
assert lines.any { it ==~ /\[INFO\] \[ ?\d+\/13\] dab\.frame__geo__addresses +FRAME +incremental .*/ }
assert lines.any { it ==~ /\[INFO\] run run-\S+: 13 models \(12 incremental, 1 full rebuild\), .*/ }

// The queries, each under its file name, after each run.
assert lines.count { it == '[INFO] -- countries.sql' } == 2
assert log.contains('''[INFO] country_code | name            | loads
[INFO] -------------+-----------------+------
[INFO] BE           | Belgium         |     2
[INFO] DE           | Germany         |     1
[INFO] NL           | Netherlands     |     1
[INFO] NL           | The Netherlands |     1
[INFO] (4 rows)''')
assert log.contains('''[INFO] frame__geo__orders |         4
[INFO] (1 row)''')

// The plans: nothing after the first run, the new loads before the second, the changed YAML last.
assert new File(basedir, 'target/plan-1.txt').text.contains('nothing to do: 22 models up to date')
assert new File(basedir, 'target/plan-2.txt').text.contains('9 nothing, 12 incremental, 1 full rebuild')
def plan = new JsonSlurper().parse(new File(basedir, 'target/plan-3.json'))
def changed = plan.models.findAll { it.category != 'UNCHANGED' }.collectEntries { [it.model, it.category] }
assert changed == ['dar__staging.event__geo__orders': 'CHANGED_DIRECTLY',
                   'dar._bridge__as_of': 'CHANGED_THROUGH_PARENT',
                   'dar.calendar': 'CHANGED_THROUGH_PARENT']

assert new File(basedir, 'lakehouse/lakehouse.duckdb').isFile()

// A query that would write is refused, named by its file; with continueOnError the next file runs.
assert log.contains("[ERROR] a-copy.sql: LH315: the query is not read-only: COPY is refused;")
assert lines.any { it == '[INFO] -- b-count.sql' }
assert log.contains('1 of 2 queries failed (listed above): a-copy.sql')
assert !new File(basedir, 'countries.csv').exists()
assert !new File(basedir, 'lakehouse/countries.csv').exists()
