import groovy.json.JsonSlurper

// The files exist, one SQL file per model of the manifest, and the log's count per kind matches them.
File out = new File(basedir, 'target/lakehouse')
assert new File(out, 'manifest.json').isFile()
assert new File(out, 'docs/lineage.md').isFile()

def manifest = new JsonSlurper().parse(new File(out, 'manifest.json'))
def perKind = manifest.models.countBy { it.kind }
assert perKind.frame == 2

def sqlFiles = []
new File(out, 'models').eachFileRecurse { if (it.name.endsWith('.sql')) sqlFiles << it }
assert sqlFiles.size() == manifest.models.size()
manifest.models.each { assert new File(out, it.file).isFile() }

String log = new File(basedir, 'build.log').text
assert log.contains("Generated ${out}: ${manifest.models.size()} models")
perKind.each { kind, count ->
    assert log.readLines().any { it ==~ /\[INFO\]\s+${kind.toUpperCase()}\s+${count}/ }
}
true
