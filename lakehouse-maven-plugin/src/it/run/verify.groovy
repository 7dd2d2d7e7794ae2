import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').text
List<String> lines = log.readLines()

// Load 1 landed from a folder of CSV files, one table each.
assert log.contains('[INFO] das.landed__geo__states: landed 3 rows as load 2024-01-01 00:00:00')
// The first run: a progress line per model, then the summary.
// 22 models of the geo project and its 3 default metrics (a count of each event of the orders).
(1..25).each { n -> assert lines.any { it.startsWith(String.format('[INFO] [%2d/25] ', n)) } }
// Two workers: lines are numbered in the order models finish, so they print in order.
def numbers = lines.findAll { it ==~ /\[INFO\] \[ ?\d+\/25\] .*/ }.collect { (it =~ /\[ ?(\d+)\/25\]/)[0][1] as int }
assert numbers == (1..25).toList()
assert lines.any { it ==~ /\[INFO\] \[ ?\d+\/25\] dab\.frame__geo__addresses +FRAME +full rebuild +2 rows +2 changed +\d+\.\d\d s/ }
assert lines.any { it ==~ /\[INFO\] \[ ?\d+\/25\] dar\.metric__geo__orders__order_date +METRIC +full rebuild +\d+ rows? +\d+ changed +\d+\.\d\d s/ }
assert lines.any { it ==~ /\[INFO\] run run-\S+: 25 models \(16 full rebuild, 9 recreate view\), \d+ rows in .*/ }
// After load 2 the run is incremental.
assert lines.any { it ==~ /\[INFO\] \[ ?\d+\/14\] dab\.frame__geo__countries +FRAME +incremental +4 rows +3 changed .*/ }
// Frames whose landed tables got no new load are left alone.
assert !lines.any { it ==~ /\[INFO\] \[ ?\d+\/14\] dab\.frame__geo__addresses .*/ }
assert lines.any { it ==~ /\[INFO\] run run-\S+: 14 models \(10 incremental, 4 full rebuild\), .*/ }

// The dashboard after the second run: a section per metric, linking to the docs site's pages.
assert log.contains('[WARNING] No docs site in ')
assert lines.any { it ==~ /\[INFO\] Dashboard of 3 metrics: .*lakehouse-dashboard\.html/ }
def dashboard = new File(basedir, 'target/lakehouse-dashboard.html').text
assert dashboard.count('<section class="metric"') == 3
assert dashboard.contains('<a href="lakehouse-site/models/dar/metric__geo__orders__order_date.html">geo__orders__order_date</a>')

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

// A plan file names what it was made from; the stale one is refused with nothing run.
assert new File(basedir, 'target/plan-2.txt').text =~ /(?m)^plan of project [0-9a-f]{64} on lakehouse state [0-9a-f]{64}$/
assert log.contains('plan-3.json: the plan was made for another generation of the project (manifest.json has changed'
        + ' since); nothing was run: plan again')
assert lines.count { it.startsWith('[INFO] Running ') } == 2

// The plans: nothing after the first run, the new loads before the second, the changed YAML last.
assert new File(basedir, 'target/plan-1.txt').text.contains('nothing to do: 25 models up to date')
assert new File(basedir, 'target/plan-2.txt').text.contains('nothing to do (no new loads of their landed tables): dab.frame__geo__addresses, dab.frame__geo__states')
assert new File(basedir, 'target/plan-2.txt').text.contains('11 nothing, 10 incremental, 4 full rebuild')
def plan = new JsonSlurper().parse(new File(basedir, 'target/plan-3.json'))
def changed = plan.models.findAll { it.category != 'UNCHANGED' }.collectEntries { [it.model, it.category] }
assert changed == ['dar__staging.event__geo__orders': 'CHANGED_DIRECTLY',
                   'dar._bridge__as_of': 'CHANGED_THROUGH_PARENT',
                   'dar.calendar': 'CHANGED_THROUGH_PARENT',
                   'dar.metric__geo__orders__due': 'CHANGED_THROUGH_PARENT',
                   'dar.metric__geo__orders__order_date': 'CHANGED_THROUGH_PARENT',
                   'dar.metric__geo__orders__ship_date': 'CHANGED_THROUGH_PARENT']

assert new File(basedir, 'lakehouse/lakehouse.duckdb').isFile()

// A query that would write is refused, named by its file; with continueOnError the next file runs.
assert log.contains("[ERROR] a-copy.sql: LH315: the query is not read-only: COPY is refused;")
assert lines.any { it == '[INFO] -- b-count.sql' }
assert log.contains('1 of 2 queries failed (listed above): a-copy.sql')
assert !new File(basedir, 'countries.csv').exists()
assert !new File(basedir, 'lakehouse/countries.csv').exists()
