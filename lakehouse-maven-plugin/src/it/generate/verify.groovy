import groovy.json.JsonSlurper

// The files exist, exactly the statement files the manifest lists, and the log's count per kind matches them.
File out = new File(basedir, 'target/lakehouse')
assert new File(out, 'manifest.json').isFile()
assert new File(out, 'docs/lineage.md').isFile()

def manifest = new JsonSlurper().parse(new File(out, 'manifest.json'))
def perKind = manifest.models.countBy { it.kind }
assert perKind.frame == 2
assert manifest.models.count { it.dataCheck } == 2

def listed = [] as Set
manifest.models.each { m ->
    listed << m.statement.file
    if (m.incremental) { listed.addAll([m.incremental.affected.file, m.incremental.rows.file, m.incremental.kept.file]) }
    if (m.audit) { listed << m.audit.whole.file; if (m.audit.ofAffected) { listed << m.audit.ofAffected.file } }
    if (m.dataCheck) { listed << m.dataCheck.file }
}
def sqlFiles = [] as Set
new File(out, 'models').eachFileRecurse { if (it.name.endsWith('.sql')) sqlFiles << out.toPath().relativize(it.toPath()).toString() }
assert sqlFiles == listed
assert manifest.models.count { new File(out, it.statement.file).name == it.name + '.sql' } == manifest.models.size()
manifest.landedTables.each { assert new File(out, it.loadTime.file).isFile() }

String log = new File(basedir, 'build.log').text
assert log.contains("Generated ${out}: ${manifest.models.size()} models")
perKind.each { kind, count ->
    assert log.readLines().any { it ==~ /\[INFO\]\s+${kind.toUpperCase()}\s+${count}/ }
}
true
