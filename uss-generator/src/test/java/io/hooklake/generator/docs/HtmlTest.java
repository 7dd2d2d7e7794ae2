package io.hooklake.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupAndDropsControlCharacters() {
        assertThat(Html.text("<a href=\"x\">Tom & 'Jerry'</a>\r\n\u0001")).isEqualTo(
                "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;\n");
    }

    @Test
    void breakableNamesMayWrapAfterDoubleUnderscoresDotsAndSlashes() {
        assertThat(Html.breakable("dar__staging.bridge__adventure_works__sales_order_headers"))
                .isEqualTo("dar__<wbr>staging.<wbr>bridge__<wbr>adventure_works__<wbr>sales_order_headers");
        assertThat(Html.breakable("frames/a.yml:3:5")).isEqualTo("frames/<wbr>a.<wbr>yml:3:5");
        assertThat(Html.breakable("a___b__")).isEqualTo("a___<wbr>b__");
        assertThat(Html.breakable("<b>__x")).isEqualTo("&lt;b&gt;__<wbr>x");
    }
}
