package quorum.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import quorum.mail.AttributionStyle;

class AttributionParserTest {
  private final AttributionParser parser = new AttributionParser();

  private AttributionParser.Parsed parse(String line) {
    Optional<AttributionParser.Parsed> p = parser.parse(line);
    assertThat(p).as("attribution in [%s]", line).isPresent();
    return p.get();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "On Tue, Jan 17, 2023 at 3:19 PM Alexei Starovoitov <alexei.starovoitov@gmail.com> wrote:|Alexei Starovoitov|alexei.starovoitov@gmail.com|2023-01-17T15:19",
      "On 1/17/23 3:19 PM, Daniel Borkmann wrote:|Daniel Borkmann||2023-01-17T15:19",
      "On 2023-01-17 15:19, Jesper Dangaard Brouer wrote:|Jesper Dangaard Brouer||2023-01-17T15:19",
      "On Apr 3, 2012, at 4:19 PM, bob <bob@example.com> wrote:|bob|bob@example.com|2012-04-03T16:19",
      "On Tue, 2011-03-01 at 18:02 +0530, Abhishek Kona wrote:|Abhishek Kona||2011-03-01T18:02",
      "On 9 Jan 2014, at 2:47, George Plymale wrote:|George Plymale||2014-01-09T02:47",
      "On Dec 8, 2013 2:10 PM, \"John Sullivan\" <notifications@github.com> wrote:|John Sullivan|notifications@github.com|2013-12-08T14:10",
      "On Aug 22, 2011, at 7:37 PM, defunkt<reply@reply.github.com> wrote:|defunkt|reply@reply.github.com|2011-08-22T19:37",
      "On Tue, Apr 29, 2014 at 4:22 PM, Example Dev <sugar@example.com>wrote:|Example Dev|sugar@example.com|2014-04-29T16:22",
      "On Wed, 4/4/12, Jan Kiszka <jan.kiszka@siemens.com> wrote:|Jan Kiszka|jan.kiszka@siemens.com|",
      "--- On Wed, 4/4/12, xxx@example.com <xxx@example.com> wrote:||xxx@example.com|",
      "Am 17.01.2023 um 15:19 schrieb Toke Høiland-Jørgensen:|Toke Høiland-Jørgensen||2023-01-17T15:19",
      "Am Di., 17. Jan. 2023 um 15:19 Uhr schrieb Jiri Olsa <olsajiri@gmail.com>:|Jiri Olsa|olsajiri@gmail.com|2023-01-17T15:19",
      "Le mar. 17 janv. 2023 à 15:19, Quentin Monnet <quentin@isovalent.com> a écrit :|Quentin Monnet|quentin@isovalent.com|2023-01-17T15:19",
      "El mar, 17 ene 2023 a las 15:19, José García (<jose@example.es>) escribió:|José García|jose@example.es|2023-01-17T15:19",
      "Il giorno mar 17 gen 2023 alle ore 15:19 Paolo Abeni <pabeni@redhat.com> ha scritto:|Paolo Abeni|pabeni@redhat.com|2023-01-17T15:19",
      "Op di 17 jan. 2023 om 15:19 schreef Kees Verhoeven <kees@example.nl>:|Kees Verhoeven|kees@example.nl|2023-01-17T15:19",
      "Em ter., 17 de jan. de 2023 às 15:19, João Silva <joao@example.com.br> escreveu:|João Silva|joao@example.com.br|2023-01-17T15:19",
      "Den tis 17 jan. 2023 kl 15:19 skrev Björn Töpel <bjorn@kernel.org>:|Björn Töpel|bjorn@kernel.org|2023-01-17T15:19",
      "wt., 17 sty 2023 o 15:19 Jan Kowalski <jan@example.pl> napisał(a):|Jan Kowalski|jan@example.pl|2023-01-17T15:19",
      "02.04.2012 14:20 пользователь \"bob@xxx.mailgun.org\" <bob@xxx.mailgun.org> написал:||bob@xxx.mailgun.org|2012-04-02T14:20",
      "вт, 17 янв. 2023 г. в 15:19, Иван Петров <ivan@example.ru>:|Иван Петров|ivan@example.ru|2023-01-17T15:19",
      "Stanislav Fomichev <sdf@google.com> writes:|Stanislav Fomichev|sdf@google.com|",
      "Toke Høiland-Jørgensen <toke@redhat.com> wrote:|Toke Høiland-Jørgensen|toke@redhat.com|",
      "Alexei Starovoitov wrote on Tue, 17 Jan 2023 15:19:|Alexei Starovoitov||2023-01-17T15:19",
      "Quoting Greg Kroah-Hartman (2023-01-17 15:19:05):|Greg Kroah-Hartman||2023-01-17T15:19:05",
      "Quoting Jane Doe <jane@example.org>:|Jane Doe|jane@example.org|",
      "On Mon, Oct 13, 2025 at 12:20\u202fPM Linus Torvalds <torvalds@linux-foundation.org> wrote:|Linus Torvalds|torvalds@linux-foundation.org|2025-10-13T12:20",
      "On 21/04/2021 11:35:36-0700, James Bottomley wrote:|James Bottomley||2021-04-21T11:35:36",
      "On Thu, Jun 10, 2021 at 11:08 AM Enrico Weigelt, metux IT consult <lkml@metux.net> wrote:|Enrico Weigelt, metux IT consult|lkml@metux.net|2021-06-10T11:08",
      "On August 18, 2025 6:53:22 PM GMT+01:00, \"Rafael J. Wysocki\" <rafael@kernel.org> wrote:|Rafael J. Wysocki|rafael@kernel.org|2025-08-18T18:53:22",
      "On Mon 04 Mar 2024 at 05:48pm +01, Jonas Becker wrote:|Jonas Becker||2024-03-04T17:48",
      "2023年1月17日(火) 15:19 Alexei Starovoitov <ast@kernel.org>:|Alexei Starovoitov|ast@kernel.org|2023-01-17T15:19",
      "On 2023/01/17 15:19, Masahiro Yamada wrote:|Masahiro Yamada||2023-01-17T15:19",
      "* Sasha Levin <sashal@kernel.org> [241021 12:32]:|Sasha Levin|sashal@kernel.org|2024-10-21T12:32",
      "In article <xxx.xxx.xxx@xxx-xxx>, xxx@example.com writes:||xxx@example.com|",
      "rickc@example.com (xxx xxx) writes:|xxx xxx|rickc@example.com|",
      "On Sun, 17 Sept 2023 at 10:30, Linus Torvalds <torvalds@linux-foundation.org> wrote:|Linus Torvalds|torvalds@linux-foundation.org|2023-09-17T10:30",
      "Alexei Starovoitov <alexei.starovoitov@xxxxxxxxx> 于2023年1月17日周二 15:19写道：|Alexei Starovoitov|alexei.starovoitov@xxxxxxxxx|2023-01-17T15:19",
  })
  void readsNameAddressAndDate(String line, String name, String address, String date) {
    AttributionParser.Parsed p = parse(line);
    assertThat(p.who().name()).isEqualTo(name == null ? "" : name);
    assertThat(p.who().address()).isEqualTo(Optional.ofNullable(address));
    assertThat(p.date().map(d -> d.local().toString()).orElse(null)).isEqualTo(date);
  }

  @Test
  void keepsTheDateAsWrittenAndTheStyle() {
    AttributionParser.Parsed p = parse("On Tue, Jan 17, 2023 at 3:19 PM Alexei <a@b.org> wrote:");
    assertThat(p.when()).contains("Tue, Jan 17, 2023 at 3:19 PM");
    assertThat(p.style()).isEqualTo(AttributionStyle.ON_DATE_WROTE);
    assertThat(parse("Stanislav Fomichev <sdf@xxxxxxxxxx> writes:").style())
        .isEqualTo(AttributionStyle.NAME_WRITES);
    assertThat(parse("Quoting Jane Doe (2023-01-17 15:19):").style())
        .isEqualTo(AttributionStyle.QUOTING);
  }

  @Test
  void keepsAWrittenOffset() {
    AttributionParser.Parsed p = parse("On Tue, 2011-03-01 at 18:02 +0530, Abhishek Kona wrote:");
    assertThat(p.date().orElseThrow().offset()).contains(ZoneOffset.ofHoursMinutes(5, 30));
    assertThat(p.date().orElseThrow().local()).isEqualTo(LocalDateTime.of(2011, 3, 1, 18, 2));
  }

  @Test
  void readsAnOffsetGluedToTheTime() {
    AttributionParser.Parsed p = parse("On 21/04/2021 11:35:36-0700, James Bottomley wrote:");
    assertThat(p.date().orElseThrow().offset()).contains(ZoneOffset.ofHours(-7));
  }

  @Test
  void aBareNameIsWeak() {
    assertThat(parse("Daniel Borkmann wrote:").weak()).isTrue();
    assertThat(parse("Daniel Borkmann <daniel@iogearbox.net> wrote:").weak()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "On your remote host you can run:",
      "One outstanding question I had:",
      "On the other hand, as Linus wrote:",
      "I think the point is what he wrote:",
      "please look at what Jane <jane@example.org> wrote:",
      "v2:",
      "Two:",
      "The following changes since commit 1234 are available in the Git repository at:",
  })
  void rejectsProse(String line) {
    assertThat(parser.parse(line)).isEmpty();
  }

  @Test
  void ignoresAHugeLine() {
    assertThat(parser.parse("On " + "x".repeat(1_000_000) + " wrote:")).isEmpty();
  }
}
