#!/usr/bin/env bash
# `make bench-partners`: how fast the partner-search match query answers on a full register.
#   fresh database euportal_bench_<timestamp> (dropped at the end unless KEEP_DB=1), Keycloak on
#   :8180 (reused, or started and stopped), backend on :8086 with DEMO_DATA=true (the real CORDIS
#   extract, demo units and the demo partner search of UTB), the register topped up in SQL with
#   generated organisations to BENCH_ORGS, partner searches of UTB posted as anna.applicant, then
#   GET /api/v1/partner-searches/{id}/matches?page=0&size=20 with curl, one at a time, the
#   searches taking turns.
# Prints per search and overall: count, min, median, p95, p99, max (ms) of the HTTP latency (curl
# time_total), the server's own durationMs from its request log, and the database time of the same
# queries run in psql (EXPLAIN ANALYZE), then a PASS/FAIL line for p95 < BENCH_P95_MS.
# Exit status: 0 on PASS, 1 on FAIL or error. A benchmark, not a test: `make test` does not run it.
#
#   BENCH_ORGS=50000      organisations in the register (the demo register plus generated ones)
#   BENCH_REQUESTS=300    measured match requests in all, shared out over the searches in turn
#   BENCH_WARMUP=5        unmeasured requests per search first (JIT, caches, connection pool)
#   BENCH_DB_REPEAT=10    runs of each statement in psql per search
#   BENCH_P95_MS=50       the target for the HTTP p95 over all requests
#   BENCH_PORT=8086       backend port        BENCH_SEED=0.42   seed of the generated register
#   KEEP_DB=1             keep the database (its name is printed) to look at plans by hand
# Logs: ops/.work/logs/bench-backend.log, bench-partner-plans.txt (EXPLAIN ANALYZE of every query),
# bench-partner-match.txt (the report).
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BASE_DB_URL="${DB_URL:-jdbc:postgresql://127.0.0.1:5432/euportal}"
BENCH_ORGS="${BENCH_ORGS:-50000}"
BENCH_REQUESTS="${BENCH_REQUESTS:-300}"
BENCH_WARMUP="${BENCH_WARMUP:-5}"
BENCH_DB_REPEAT="${BENCH_DB_REPEAT:-10}"
BENCH_P95_MS="${BENCH_P95_MS:-50}"
BENCH_PORT="${BENCH_PORT:-8086}"
BENCH_SEED="${BENCH_SEED:-0.42}"
KEEP_DB="${KEEP_DB:-0}"
for v in BENCH_ORGS BENCH_REQUESTS BENCH_WARMUP BENCH_DB_REPEAT BENCH_P95_MS BENCH_PORT; do
  [[ "${!v}" =~ ^[0-9]+$ ]] || die "$v must be a whole number, got: ${!v}"
done
((BENCH_REQUESTS > 0 && BENCH_DB_REPEAT > 0)) || die "BENCH_REQUESTS and BENCH_DB_REPEAT must be at least 1"
command -v jq >/dev/null || die "jq not found (apt-get install -y jq)"

parse_db_url "$BASE_DB_URL"
BENCH_DB="euportal_bench_$(date +%Y%m%d%H%M%S)_$$"
BENCH_DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$BENCH_DB"
API="http://localhost:$BENCH_PORT/api/v1"
BACKEND_LOG="$LOG_DIR/bench-backend.log"
PLANS="$LOG_DIR/bench-partner-plans.txt"
REPORT="$LOG_DIR/bench-partner-match.txt"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/euportal-bench.XXXXXX")"

started_kc=0 db_created=0 t0=$SECONDS
cleanup() {
  local rc=$?
  trap - INT TERM EXIT
  trap '' PIPE   # keep cleaning up even when our output pipe (e.g. | tee) is gone
  set +e
  ((rc != 0 && rc != 1)) && tail_log "$BACKEND_LOG" 60
  stop_started
  ((started_kc)) && { "$OPS_DIR/keycloak.sh" stop || true; }
  if ((db_created)); then
    if [[ "$KEEP_DB" == 1 ]]; then log "database kept: $BENCH_DB (psql -h $DB_HOST -p $DB_PORT -U $DB_OWNER_USER $BENCH_DB)"
    else drop_db "$BENCH_DB_URL"; fi
  fi
  rm -rf "$TMP"
  log "benchmark finished with status $rc after $((SECONDS - t0))s"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# bench_psql [psql args...]: psql on the bench database, quiet, stopping at the first error.
bench_psql() {
  PGPASSWORD="$DB_OWNER_PASSWORD" PGCONNECT_TIMEOUT=5 psql -X -q -v ON_ERROR_STOP=1 \
    -h "$DB_HOST" -p "$DB_PORT" -U "$DB_OWNER_USER" -d "$BENCH_DB" "$@"
}

# stats FILE: "n min p50 p95 p99 max" of the numbers in FILE (one a line; nearest-rank percentiles).
stats() {
  sort -g "$1" | awk '
    function pct(p,  i) { i = int(p / 100 * NR); if (i < p / 100 * NR) i++; if (i < 1) i = 1; return a[i] }
    { a[NR] = $1 }
    END { if (NR == 0) { print "0 - - - - -"; exit }
          printf "%d %.1f %.1f %.1f %.1f %.1f\n", NR, a[1], pct(50), pct(95), pct(99), a[NR] }'
}

port_busy "$BENCH_PORT" && die "port $BENCH_PORT is in use; set BENCH_PORT to a free one"

# ---------------------------------------------------------------- the stack
build_backend_if_needed
ensure_db "$BENCH_DB_URL"
db_created=1

if "$OPS_DIR/keycloak.sh" is-up || pid_alive "$RUN_DIR/keycloak.pid"; then
  log "reusing the Keycloak at $KC_ISSUER"
else
  started_kc=1
fi
"$OPS_DIR/keycloak.sh" start

start_backend bench-backend "$BENCH_PORT" "$BENCH_DB_URL"
stack_secs=$((SECONDS - t0))

# token USER: an access token; retried, since a Keycloak that just started may still be settling.
token() {
  local t attempt
  for attempt in 1 2 3 4 5; do
    t="$("$OPS_DIR/keycloak.sh" token "$1" 2>/dev/null || true)"
    [[ -n "$t" ]] && { echo "$t"; return 0; }
    sleep 3
  done
  die "no token for $1 from $KC_ISSUER"
}
TOKEN="$(token anna.applicant)" TOKEN_AT=$SECONDS
fresh_token() { if ((SECONDS - TOKEN_AT > 240)); then TOKEN="$(token anna.applicant)" TOKEN_AT=$SECONDS; fi; }

# api METHOD PATH [JSON]: call the API as anna.applicant; prints the body, dies on a non-2xx answer.
api() {
  local method="$1" path="$2" body="${3:-}" out code
  out="$TMP/api.out"
  code="$(curl -sS -o "$out" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' ${body:+--data "$body"} "$API$path")"
  [[ "$code" == 2* ]] || { cat "$out" >&2; echo >&2; die "$method $path answered $code"; }
  cat "$out"
}

# ---------------------------------------------------------------- the register
demo_orgs="$(bench_psql -tAc 'select count(*) from partner_organisation')"
log "the demo register holds $demo_orgs organisations; generating up to $BENCH_ORGS"
tg=$SECONDS
for pass in 1 2 3 4; do
  have="$(bench_psql -tAc 'select count(*) from partner_organisation')"
  ((have >= BENCH_ORGS)) && break
  # Names from word lists per language (templates per type, real and made-up towns), expertise
  # from a vocabulary (English, Swedish in the Nordic countries, a few in the local language),
  # descriptions in English or Swedish, PIC for 60 %, the cooperation history (terms and
  # participations) of a real CORDIS organisation for 30 %. Names whose key (close to NameKey)
  # the register already has are dropped, so a second pass may be needed to reach the target.
  bench_psql -v target="$BENCH_ORGS" -v seed="$(awk -v s="$BENCH_SEED" -v p="$pass" 'BEGIN { x = s + p / 100; if (x >= 1) x -= 1; print x }')" -f - >/dev/null <<'SQL'
select setseed(:seed);
create function pg_temp.pick(a text[]) returns text language sql volatile
    as $$ select a[1 + floor(random() * cardinality(a))::int] $$;
-- Close to NameKey.of: no case, accents, punctuation or legal-form words.
create function pg_temp.name_key(n text) returns text language sql immutable as $$
    select btrim(regexp_replace(regexp_replace(' ' || regexp_replace(
        translate(replace(replace(replace(lower(n), 'ß', 'ss'), 'æ', 'ae'), 'ø', 'o'),
            'àáâãäåçèéêëìíîïñòóôõöùúûüýÿłśżźćńęąšžčřěůőűğıșțā',
            'aaaaaaceeeeiiiinooooouuuuyylszzcneaszcreuouugistaa'),
        '[^a-z0-9]+', ' ', 'g') || ' ',
        ' (the|ab|publ|gmbh|ag|ltd|limited|plc|inc|sa|sas|sarl|srl|spa|bv|nv|oy|oyj|as|asa|aps|ev|ug|kg|sl|doo|sro|zoo|co|llc|ek)(?= )', '', 'g'),
        ' +', ' ', 'g'))
$$;

-- Languages: syllables for made-up towns, subject words for company names, name templates per type.
create temp table g_lang (lang text primary key, pre text[], suf text[], field text[], tpl jsonb, type_word jsonb);
insert into g_lang values
('sv', '{Berg,Sjö,Ek,Lind,Stor,Norr,Söder,Väster,Öster,Ny,Gran,Björk,Ås,Hög,Mal,Fal,Kung,Hallst,Lid,Vall}',
       '{by,köping,hamn,vik,torp,sund,åsen,stad,holm,berg,ryd,dal,fors,näs,målen}',
       '{Energi,Miljö,Data,Konsult,Vatten,Bygg,Teknik,Innovation,Utbildning,Analys,Omsorg,Logistik}',
       '{"MUNICIPALITY":["{town} kommun","{town}s kommun"],"REGION":["Region {region}","Regionförbundet {region}"],
         "UNIVERSITY":["{town} universitet","Högskolan i {town}","Yrkeshögskolan {town}"],
         "RESEARCH_BODY":["{root} forskningsinstitut","{root} Science Park","Institutet för {field} i {town}"],
         "SME":["{root} {field} AB","{root} AB","{town} {field} AB","{root} {field} HB"],
         "LARGE_COMPANY":["{root} Group AB","{root} {field} Sverige AB"],
         "PUBLIC_AUTHORITY":["Länsstyrelsen {region}","{town} Vatten och Avfall","{town} Räddningstjänst"],
         "NGO":["Föreningen {root}","Stiftelsen {root} {field}","{town} folkhögskola","Studieförbundet {root}"],
         "OTHER":["{town} Energi","{root} ekonomisk förening","{town} Hamn"]}',
       '{"MUNICIPALITY":"kommun","REGION":"region","UNIVERSITY":"högskola","RESEARCH_BODY":"forskningsinstitut","SME":"företag",
         "LARGE_COMPANY":"koncern","PUBLIC_AUTHORITY":"myndighet","NGO":"ideell organisation","OTHER":"organisation"}'),
('fi', '{Järvi,Koski,Mäki,Lahti,Joki,Salo,Kallio,Niemi,Vaara,Harju}', '{nen,la,lä,järvi,koski,mäki,salmi,linna,ranta}',
       '{Energia,Ympäristö,Data,Konsultointi,Vesi,Rakennus,Tekniikka,Koulutus}',
       '{"MUNICIPALITY":["{town} kaupunki","{town} kunta"],"REGION":["{region} liitto"],
         "UNIVERSITY":["{town} yliopisto","{town} ammattikorkeakoulu"],"RESEARCH_BODY":["{root} tutkimuskeskus","{root} Research Oy"],
         "SME":["{root} {field} Oy","{root} Oy","{town} {field} Oy"],"LARGE_COMPANY":["{root} Group Oyj"],
         "PUBLIC_AUTHORITY":["{region} ELY-keskus","{town} Vesi"],"NGO":["{root} ry","{town} kansanopisto"],"OTHER":["{town} Energia"]}', null),
('no', '{Fjell,Sjø,Skog,Lille,Stor,Nord,Sør,Vest,Øst,Hav}', '{vik,by,dal,nes,strand,berg,sund,heim,fjord}',
       '{Energi,Miljø,Data,Rådgivning,Vann,Bygg,Teknologi,Utdanning}',
       '{"MUNICIPALITY":["{town} kommune"],"REGION":["{region} fylkeskommune"],"UNIVERSITY":["Universitetet i {town}","Høgskolen i {town}"],
         "RESEARCH_BODY":["{root} forskningsinstitutt","{root} Research AS"],"SME":["{root} {field} AS","{root} AS","{town} {field} AS"],
         "LARGE_COMPANY":["{root} Group ASA"],"PUBLIC_AUTHORITY":["Statsforvalteren i {region}"],"NGO":["Stiftelsen {root}","{town} folkehøgskole"],
         "OTHER":["{town} Energi"]}', null),
('da', '{Hol,Ring,Sko,Hjør,Vi,Nør,Sønder,Kol,Frederiks,Ros}', '{bæk,borg,sted,lev,rup,by,havn,ving,købing}',
       '{Energi,Miljø,Data,Rådgivning,Vand,Byg,Teknik,Uddannelse}',
       '{"MUNICIPALITY":["{town} Kommune"],"REGION":["Region {region}"],"UNIVERSITY":["{town} Universitet","Professionshøjskolen {town}"],
         "RESEARCH_BODY":["{root} Institut","{root} Research ApS"],"SME":["{root} {field} ApS","{root} ApS","{town} {field} A/S"],
         "LARGE_COMPANY":["{root} Group A/S"],"PUBLIC_AUTHORITY":["{town} Forsyning"],"NGO":["Foreningen {root}","{town} Højskole"],
         "OTHER":["{town} Fjernvarme"]}', null),
('de', '{Alt,Neu,Ober,Unter,Grün,Hohen,Wald,Rosen,Stein,Eich,Linden,Mühl,Kirch,Schön}',
       '{dorf,burg,hausen,heim,feld,stadt,bach,berg,au,ingen,hofen,kirchen}',
       '{Energie,Umwelt,Daten,Beratung,Wasser,Bau,Technik,Innovation,Bildung,Analytik,Logistik}',
       '{"MUNICIPALITY":["Stadt {town}","Gemeinde {town}","Landkreis {town}"],"REGION":["Region {region}","Regionalverband {region}"],
         "UNIVERSITY":["Universität {town}","Hochschule {town}","Technische Hochschule {town}"],
         "RESEARCH_BODY":["{root} Institut für {field}","Forschungszentrum {town}","{root} Forschung GmbH"],
         "SME":["{root} {field} GmbH","{root} GmbH","{town}er {field} GmbH","{root} {field} UG"],
         "LARGE_COMPANY":["{root} AG","{root} {field} SE"],"PUBLIC_AUTHORITY":["Stadtwerke {town}","Landesamt für {field} {region}"],
         "NGO":["{root} e.V.","Verein für {field} {town}","Stiftung {root}"],"OTHER":["{town} Energie eG","Volkshochschule {town}"]}', null),
('nl', '{Zee,Berg,Hoog,Nieuw,Oost,West,Zuid,Noord,Sint,Veen}', '{dam,wijk,hoven,dijk,veen,meer,horst,broek,loo}',
       '{Energie,Milieu,Data,Advies,Water,Bouw,Techniek,Innovatie,Onderwijs}',
       '{"MUNICIPALITY":["Gemeente {town}","Stad {town}"],"REGION":["Provincie {region}"],"UNIVERSITY":["Universiteit {town}","Hogeschool {town}"],
         "RESEARCH_BODY":["{root} Instituut","{root} Research BV"],"SME":["{root} {field} BV","{root} BV","{town} {field} BV"],
         "LARGE_COMPANY":["{root} Groep NV"],"PUBLIC_AUTHORITY":["Waterschap {region}","Omgevingsdienst {town}"],
         "NGO":["Stichting {root}","Vereniging {root} {field}"],"OTHER":["{town} Energie Coöperatie"]}', null),
('fr', '{Saint-,Mont,Ville,Beau,Château,Fontaine,Roche,Bel,Val,Clair}', '{ville,court,mont,fort,lieu,val,champ,bois,pré}',
       '{Énergie,Environnement,Données,Conseil,Eau,Bâtiment,Technologies,Innovation,Formation}',
       '{"MUNICIPALITY":["Commune de {town}","Ville de {town}","Métropole de {town}"],"REGION":["Région {region}","Conseil départemental {region}"],
         "UNIVERSITY":["Université de {town}","École supérieure de {town}","Institut universitaire de {town}"],
         "RESEARCH_BODY":["Centre de recherche {root}","Institut {root}"],"SME":["{root} {field} SARL","{root} SAS","{town} {field} SAS"],
         "LARGE_COMPANY":["{root} Groupe SA"],"PUBLIC_AUTHORITY":["Agence {field} {region}"],"NGO":["Association {root}","Fondation {root}"],
         "OTHER":["Chambre de commerce de {town}"]}', null),
('es', '{San,Villa,Puerto,Torre,Monte,Castel,Valde,Alcal,Fuente,Vega}', '{real,nueva,mar,alta,ejo,ares,illo,ona,era}',
       '{Energía,Medio Ambiente,Datos,Consultoría,Agua,Construcción,Tecnología,Innovación,Formación}',
       '{"MUNICIPALITY":["Ayuntamiento de {town}","Concello de {town}","Diputación de {town}"],"REGION":["Gobierno de {region}","Junta de {region}"],
         "UNIVERSITY":["Universidad de {town}","Universidad Politécnica de {town}"],
         "RESEARCH_BODY":["Fundación {root} para la Investigación","Centro Tecnológico {root}"],"SME":["{root} {field} SL","{root} SL","{town} {field} SA"],
         "LARGE_COMPANY":["{root} Grupo SA"],"PUBLIC_AUTHORITY":["Agencia de {field} de {region}"],"NGO":["Asociación {root}","Fundación {root}"],
         "OTHER":["Cámara de Comercio de {town}"]}', null),
('it', '{San,Monte,Castel,Villa,Borgo,Roc,Pietra,Fonte,Colle,Valle}', '{ano,ello,ino,ora,ate,iglio,asco,enza,ona}',
       '{Energia,Ambiente,Dati,Consulenza,Acqua,Edilizia,Tecnologie,Innovazione,Formazione}',
       '{"MUNICIPALITY":["Comune di {town}","Città di {town}","Città metropolitana di {town}"],"REGION":["Regione {region}"],
         "UNIVERSITY":["Università degli Studi di {town}","Politecnico di {town}"],"RESEARCH_BODY":["Istituto {root}","Centro Ricerche {root}"],
         "SME":["{root} {field} Srl","{root} Srl","{town} {field} SpA"],"LARGE_COMPANY":["{root} Gruppo SpA"],
         "PUBLIC_AUTHORITY":["Agenzia per {field} {region}"],"NGO":["Associazione {root}","Fondazione {root}","Cooperativa Sociale {root}"],
         "OTHER":["Camera di Commercio di {town}"]}', null),
('pt', '{Vila,São,Porto,Monte,Torre,Santa,Castelo,Ribeira,Aldeia,Foz}', '{nova,real,alta,mar,ense,inha,eira,ado}',
       '{Energia,Ambiente,Dados,Consultoria,Água,Construção,Tecnologia,Inovação,Formação}',
       '{"MUNICIPALITY":["Município de {town}","Câmara Municipal de {town}"],"REGION":["Comissão de Coordenação {region}"],
         "UNIVERSITY":["Universidade de {town}","Instituto Politécnico de {town}"],"RESEARCH_BODY":["Instituto {root}","Centro de Investigação {root}"],
         "SME":["{root} {field} Lda","{root} Lda","{town} {field} SA"],"LARGE_COMPANY":["{root} SGPS SA"],"PUBLIC_AUTHORITY":["Agência {field} {region}"],
         "NGO":["Associação {root}","Fundação {root}"],"OTHER":["Agrupamento de Escolas de {town}"]}', null),
('pl', '{Nowy,Stary,Biała,Zielona,Wola,Góra,Sucha,Dąbrowa,Lipno,Brzeg}', '{ów,ice,ín,owo,sk,ewo,in,no}',
       '{Energia,Środowisko,Dane,Doradztwo,Woda,Budownictwo,Technologie,Innowacje,Edukacja}',
       '{"MUNICIPALITY":["Gmina {town}","Miasto {town}","Urząd Miasta {town}"],"REGION":["Województwo {region}"],
         "UNIVERSITY":["Uniwersytet w {town}","Politechnika {town}"],"RESEARCH_BODY":["Instytut {root}","Centrum Badań {root}"],
         "SME":["{root} {field} sp. z o.o.","{root} sp. z o.o.","{town} {field} SA"],"LARGE_COMPANY":["{root} Grupa SA"],
         "PUBLIC_AUTHORITY":["Agencja {field} {region}"],"NGO":["Fundacja {root}","Stowarzyszenie {root}"],"OTHER":["Izba Gospodarcza {town}"]}', null),
('en', '{Ash,Brook,Kings,North,South,West,East,Green,Oak,Mill,Long,Stan}', '{field,ford,ton,bury,ley,wood,port,ham,worth,bridge}',
       '{Energy,Environment,Data,Consulting,Water,Construction,Technology,Innovation,Learning,Analytics}',
       '{"MUNICIPALITY":["{town} City Council","{town} County Council","Municipality of {town}"],"REGION":["{region} Regional Authority","{region} Development Agency"],
         "UNIVERSITY":["University of {town}","{town} Institute of Technology","{town} Metropolitan University"],
         "RESEARCH_BODY":["{root} Research Centre","{root} Institute"],"SME":["{root} {field} Ltd","{root} Ltd","{town} {field} Ltd"],
         "LARGE_COMPANY":["{root} Group plc","{root} {field} International"],"PUBLIC_AUTHORITY":["{region} Environmental Protection Agency","{town} Water"],
         "NGO":["{root} Foundation","{root} Trust","{town} Community Network"],"OTHER":["{town} Chamber of Commerce"]}', null);

-- Countries: language, weight (roughly as in CORDIS, Sweden and its neighbours a bit more), real towns and regions.
create temp table g_country (country text, lang text, weight int, towns text[], regions text[], tld text);
insert into g_country values
('SE','sv',9,'{Göteborg,Malmö,Uppsala,Umeå,Linköping,Örebro,Västerås,Norrköping,Jönköping,Luleå,Södertälje,Gävle,Växjö,Karlstad}','{Västra Götaland,Skåne,Uppsala,Västerbotten,Östergötland,Örebro,Västmanland,Stockholm,Norrbotten,Jämtland}','se'),
('FI','fi',4,'{Tampere,Turku,Oulu,Espoo,Vantaa,Jyväskylä,Kuopio,Lahti}','{Pirkanmaa,Varsinais-Suomi,Pohjois-Pohjanmaa,Uusimaa,Keski-Suomi}','fi'),
('NO','no',3,'{Bergen,Trondheim,Stavanger,Tromsø,Drammen,Kristiansand}','{Vestland,Trøndelag,Rogaland,Troms,Viken,Agder}','no'),
('DK','da',3,'{Aarhus,Odense,Aalborg,Esbjerg,Vejle,Roskilde}','{Midtjylland,Syddanmark,Nordjylland,Sjælland,Hovedstaden}','dk'),
('DE','de',12,'{München,Hamburg,Leipzig,Freiburg,Köln,Dresden,Stuttgart,Bremen,Kassel,Münster,Rostock}','{Bayern,Sachsen,Baden-Württemberg,Nordrhein-Westfalen,Niedersachsen,Hessen,Brandenburg}','de'),
('AT','de',3,'{Graz,Linz,Salzburg,Innsbruck,Klagenfurt}','{Steiermark,Oberösterreich,Tirol,Kärnten}','at'),
('NL','nl',6,'{Utrecht,Eindhoven,Groningen,Rotterdam,Tilburg,Nijmegen,Delft}','{Utrecht,Noord-Brabant,Groningen,Zuid-Holland,Gelderland}','nl'),
('BE','nl',3,'{Gent,Antwerpen,Leuven,Brugge,Hasselt}','{Oost-Vlaanderen,Antwerpen,Vlaams-Brabant,Limburg}','be'),
('BE','fr',2,'{Liège,Namur,Charleroi,Mons}','{Wallonie,Bruxelles-Capitale}','be'),
('FR','fr',10,'{Lyon,Toulouse,Nantes,Lille,Grenoble,Bordeaux,Rennes,Strasbourg,Montpellier}','{Auvergne-Rhône-Alpes,Occitanie,Pays de la Loire,Hauts-de-France,Bretagne,Grand Est}','fr'),
('ES','es',10,'{Valencia,Bilbao,Sevilla,Zaragoza,Málaga,Valladolid,Murcia,Santander}','{Comunitat Valenciana,País Vasco,Andalucía,Aragón,Castilla y León,Galicia}','es'),
('IT','it',9,'{Bologna,Torino,Napoli,Firenze,Padova,Bari,Trento,Genova}','{Emilia-Romagna,Piemonte,Campania,Toscana,Veneto,Puglia,Lombardia}','it'),
('PT','pt',4,'{Porto,Coimbra,Braga,Aveiro,Évora,Faro}','{Norte,Centro,Alentejo,Algarve}','pt'),
('PL','pl',5,'{Kraków,Gdańsk,Wrocław,Poznań,Łódź,Lublin}','{Małopolskie,Pomorskie,Dolnośląskie,Wielkopolskie,Łódzkie}','pl'),
('IE','en',2,'{Cork,Galway,Limerick,Waterford}','{Munster,Connacht,Leinster}','ie'),
('GB','en',4,'{Manchester,Glasgow,Leeds,Bristol,Cardiff,Newcastle}','{North West,Scotland,Yorkshire,South West,Wales}','uk'),
('EE','en',1,'{Tartu,Pärnu,Narva}','{Tartumaa,Pärnumaa}','ee'),
('LV','en',1,'{Riga,Jelgava,Liepāja}','{Zemgale,Kurzeme}','lv'),
('LT','en',1,'{Kaunas,Klaipėda,Šiauliai}','{Kaunas,Klaipėda}','lt'),
('CZ','en',2,'{Brno,Ostrava,Plzeň,Olomouc}','{Jihomoravský kraj,Moravskoslezský kraj}','cz'),
('GR','en',2,'{Thessaloniki,Patras,Heraklion,Larissa}','{Central Macedonia,Western Greece,Crete}','gr'),
('HU','en',1,'{Debrecen,Szeged,Pécs,Győr}','{Hajdú-Bihar,Csongrád,Baranya}','hu'),
('SI','en',1,'{Maribor,Celje,Koper}','{Podravska,Savinjska}','si'),
('HR','en',1,'{Split,Rijeka,Osijek}','{Splitsko-dalmatinska,Primorsko-goranska}','hr'),
('RO','en',2,'{Cluj-Napoca,Iași,Timișoara,Brașov}','{Cluj,Iași,Timiș}','ro');

-- Expertise keywords: English for everyone, Swedish in the Nordic countries, a few in the local language.
create temp table g_vocab (lang text primary key, words text[]);
insert into g_vocab values
('en', '{climate adaptation,climate mitigation,stormwater management,urban water,flood risk,nature-based solutions,urban greening,biodiversity,circular economy,waste management,recycling,renewable energy,energy efficiency,district heating,solar energy,wind power,hydrogen,battery technology,electric mobility,sustainable transport,public transport,smart cities,urban planning,social housing,building renovation,digitalisation,e-government,open data,artificial intelligence,cybersecurity,data analytics,internet of things,digital skills,early school leaving,vocational education,adult education,teacher training,STEM education,school development,youth work,youth employment,social inclusion,migrant integration,refugee reception,gender equality,anti-discrimination,public health,mental health,elderly care,healthcare innovation,e-health,sport and physical activity,culture,cultural heritage,creative industries,sustainable tourism,rural development,agriculture,food systems,forestry,bioeconomy,water treatment,air quality,noise reduction,green public procurement,entrepreneurship,SME support,innovation management,research and innovation,technology transfer,regional development,cross-border cooperation,citizen participation,democracy,capacity building,labour market,skills for employment,social economy,volunteering,civil protection,crisis management,maritime,blue economy,logistics,advanced manufacturing,robotics,materials science,nanotechnology,biotechnology,photonics,space technology,life sciences,early childhood education,lifelong learning,inclusive education,media literacy}'),
('sv', '{klimatanpassning,dagvatten,skolutveckling,integration,folkhälsa,äldreomsorg,förnybar energi,energieffektivisering,cirkulär ekonomi,avfallshantering,kollektivtrafik,stadsutveckling,stadsplanering,digitalisering,vuxenutbildning,yrkesutbildning,ungdomsarbetslöshet,jämställdhet,kulturarv,besöksnäring,landsbygdsutveckling,livsmedel,skogsbruk,vattenrening,innovation,entreprenörskap,forskning,arbetsmarknad,social ekonomi,civilsamhälle,demokrati,medborgardialog,lärarfortbildning,psykisk hälsa,idrott,hållbar mobilitet,fjärrvärme,biologisk mångfald,grönytor,nyanlända,förskola,skolgårdar}'),
('fi', '{ilmastonmuutos,kiertotalous,koulutus,kotoutuminen,uusiutuva energia,digitalisaatio}'),
('no', '{klimatilpasning,sirkulær økonomi,utdanning,integrering,fornybar energi}'),
('da', '{klimatilpasning,cirkulær økonomi,uddannelse,integration,vedvarende energi}'),
('de', '{Klimaanpassung,Digitalisierung,Berufsbildung,Kreislaufwirtschaft,Energiewende,Stadtentwicklung,Inklusion}'),
('nl', '{klimaatadaptatie,circulaire economie,onderwijs,energietransitie,inburgering}'),
('fr', '{transition énergétique,économie circulaire,inclusion sociale,formation professionnelle,développement urbain}'),
('es', '{economía circular,inclusión social,energías renovables,formación profesional,desarrollo rural}'),
('it', '{economia circolare,inclusione sociale,formazione professionale,rigenerazione urbana}'),
('pt', '{economia circular,inclusão social,energias renováveis,formação profissional}'),
('pl', '{gospodarka obiegu zamkniętego,rewitalizacja,edukacja,odnawialne źródła energii}');

create temp table g_type (org_type text, weight int, en text);
insert into g_type values ('SME', 34, 'small company'), ('UNIVERSITY', 10, 'university'), ('RESEARCH_BODY', 10, 'research organisation'),
    ('MUNICIPALITY', 15, 'municipality'), ('REGION', 3, 'regional authority'), ('PUBLIC_AUTHORITY', 7, 'public authority'),
    ('NGO', 13, 'non-profit organisation'), ('LARGE_COMPANY', 5, 'company'), ('OTHER', 3, 'organisation');

-- Real cooperation histories to copy (terms as the import writes them, and the participations).
create temp table g_history as
    select row_number() over (order by id) rn, id, history_terms, projects_count, coordinated_count
    from partner_organisation where history_terms is not null;
create index on g_history (rn);
select count(*) as histories from g_history \gset
select greatest(0, :target - count(*)) as missing from partner_organisation \gset

-- 1. Raw organisations, more than missing (duplicate names are dropped below).
create temp table g_raw as
with cpool as (select array_agg(c.country || '/' || c.lang) pool from g_country c, generate_series(1, c.weight)),
     tpool as (select array_agg(t.org_type) pool from g_type t, generate_series(1, t.weight))
select n, split_part(x.cl, '/', 1) country, split_part(x.cl, '/', 2) lang, x.org_type
from generate_series(1, (:missing * 1.6)::int + 100) n,
     lateral (select pg_temp.pick(cpool.pool) cl, pg_temp.pick(tpool.pool) org_type from cpool, tpool where n > 0) x;
alter table g_raw add column town text, add column region text, add column root text, add column field text, add column name text;
update g_raw r set
    town = case when random() < 0.4 or r.lang = 'en' then pg_temp.pick(c.towns)
                else pg_temp.pick(l.pre) || pg_temp.pick(l.suf) end,
    region = pg_temp.pick(c.regions),
    root = pg_temp.pick('{Nor,Sol,Ver,Tel,Aqu,Vit,Lum,Bio,Eco,Geo,Terr,Agri,Med,Nov,Alt,Omni,Cyb,Hydr,Sun,Blu,Gren,Smar,Urb,Rur,Vel,Kin,Ox,Lin,Tri,Quan,Flex,Stel,Ark,Sil,Nex,Zen,Mar,Fer,Cal,Vir}'::text[])
        || case when random() < 0.6 then pg_temp.pick('{a,o,i,e,an,el,or,ur,ax,im}'::text[]) else '' end
        || pg_temp.pick('{dis,tec,nex,ion,ova,lab,ia,ix,era,on,ware,sys,gen,via,sense,ium,ent,ora,is,us,ex,ark,en,ica,ode}'::text[]),
    field = pg_temp.pick(l.field)
from g_lang l, g_country c where l.lang = r.lang and c.country = r.country and c.lang = r.lang;
update g_raw r set name = replace(replace(replace(replace(
        pg_temp.pick(array(select jsonb_array_elements_text(l.tpl -> r.org_type))), '{town}', r.town), '{region}', r.region),
        '{root}', r.root), '{field}', r.field)
from g_lang l where l.lang = r.lang;

-- 2. One per name key, none the register already has, as many as missing.
create temp table g_org as
select gen_random_uuid() id, row_number() over (order by n) k, d.*
from (select distinct on (pg_temp.name_key(name)) *, pg_temp.name_key(name) name_key from g_raw order by pg_temp.name_key(name), n) d
where not exists (select 1 from partner_organisation o where o.name_key = d.name_key)
order by n limit :missing;

-- 3. Expertise (2-6 keywords), a description (85 %), a PIC (60 %), a real history (30 %).
alter table g_org add column expertise jsonb, add column description text, add column pic text, add column hist_rn int,
    add column hist_id uuid;
update g_org g set expertise = (
    select jsonb_agg(distinct w) from (
        select case when random() < 0.12 and g.lang <> 'en' then pg_temp.pick((select v.words from g_vocab v where v.lang = g.lang))
                    when g.country in ('SE', 'FI', 'NO', 'DK') and random() < 0.35 then pg_temp.pick((select v.words from g_vocab v where v.lang = 'sv'))
                    else pg_temp.pick((select v.words from g_vocab v where v.lang = 'en')) end w
        from generate_series(1, 2 + floor(random() * 5)::int) where g.k > 0) x);
update g_org g set description = case
    when random() < 0.15 then null
    when g.country = 'SE' and random() < 0.6 then
        format('%s är en %s i %s, %s. Vi arbetar med %s och %s, och har deltagit i projekt inom Erasmus+, Interreg och Horisont Europa. ',
            g.name, (select l.type_word ->> g.org_type from g_lang l where l.lang = 'sv'), g.town, g.region,
            g.expertise ->> 0, coalesce(g.expertise ->> 1, 'närliggande frågor'))
        || pg_temp.pick('{"Vi söker partner med erfarenhet av %s.","Vår styrka är samverkan mellan kommun, näringsliv och akademi kring %s.","Vi har lång erfarenhet av att leda nätverk och utbildningar om %s.","Verksamheten omfattar även rådgivning och kompetensutveckling inom %s."}'::text[])
    else
        format('%s is a %s based in %s (%s). Our work covers %s and %s, with partners from across Europe in Erasmus+, Interreg and Horizon Europe. ',
            g.name, t.en, g.town, g.region, g.expertise ->> 0, coalesce(g.expertise ->> 1, 'related fields'))
        || pg_temp.pick('{"We are looking for partners with experience in %s.","Our strength is cooperation between local government, business and academia on %s.","We coordinate networks, pilots and training on %s for public and private actors.","We also provide advice, studies and capacity building in %s.","Our researchers and practitioners have worked on %s for more than ten years."}'::text[])
    end
from g_type t where t.org_type = g.org_type;
update g_org g set description = replace(description, '%s', g.expertise ->> (jsonb_array_length(g.expertise) - 1))
where description is not null;
update g_org g set pic = case when random() < 0.6 then (870000000 + floor(random() * 99999999))::bigint::text end,
    hist_rn = case when random() < 0.3 then 1 + floor(random() * :histories)::int end;
update g_org g set hist_id = h.id from g_history h where h.rn = g.hist_rn;
create index on g_org (pic);
update g_org g set pic = null where exists (select 1 from partner_organisation o where o.pic = g.pic)
    or exists (select 1 from g_org d where d.pic = g.pic and d.k < g.k);

-- 4. Into the register (search_doc computes itself), with the copied participations.
insert into partner_organisation (id, legal_name, country, region, city, org_type, pic, website, expertise, languages,
        description, twin_town, name_key, history_terms, projects_count, coordinated_count)
select g.id, g.name, g.country, g.region, g.town, g.org_type, g.pic,
       'https://www.' || replace(g.name_key, ' ', '-') || '.' || c.tld, g.expertise,
       case when g.lang = 'en' then '["en"]'::jsonb else jsonb_build_array(g.lang, 'en') end,
       g.description, g.org_type = 'MUNICIPALITY' and random() < 0.002, g.name_key,
       h.history_terms, coalesce(h.projects_count, 0), coalesce(h.coordinated_count, 0)
from g_org g join (select distinct on (country) country, tld from g_country) c using (country)
left join g_history h on h.id = g.hist_id;
insert into partner_participation (id, organisation_id, source, project_ref, acronym, role, programme, topic_code, topic,
        start_date, end_date, eu_contribution)
select gen_random_uuid(), g.id, p.source, p.project_ref, p.acronym, p.role, p.programme, p.topic_code, p.topic,
       p.start_date, p.end_date, p.eu_contribution
from g_org g join partner_participation p on p.organisation_id = g.hist_id;
SQL
done
# The state a register settles in (this script does not wait for autovacuum, which may be off):
# statistics, the visibility map, and the GIN index's pending list merged into the index.
bench_psql -c 'vacuum analyze partner_organisation' -c 'vacuum analyze partner_participation'
orgs="$(bench_psql -tAc 'select count(*) from partner_organisation')"
participations="$(bench_psql -tAc 'select count(*) from partner_participation')"
generated=$((orgs - demo_orgs))
((orgs >= BENCH_ORGS)) || die "the register reached only $orgs organisations"
register_secs=$((SECONDS - tg))
ok "register: $orgs organisations ($demo_orgs demo, $generated generated), $participations participations, in ${register_secs}s"

# ---------------------------------------------------------------- the searches
UTB="$(api GET '/units?size=200' | jq -r '.items[] | select(.code == "UTB") | .id')"
[[ -n "$UTB" ]] || die "anna.applicant sees no unit UTB"
# name | request body (the demo search of UTB is taken as it is)
SEARCHES=(
  'en-broad|{"title":"Research and innovation","topic":"research innovation"}'
  'en-school-digital|{"title":"Digital skills against early school leaving","topic":"Digital skills and teacher training to prevent early school leaving in vocational education","expertise":["digital skills","teacher training"],"roles":["PARTNER"]}'
  'en-energy-lead+type|{"title":"Energy communities","topic":"Renewable energy communities and district heating in municipal housing","roles":["LEAD_PARTNER"],"organisationTypes":["MUNICIPALITY","REGION","PUBLIC_AUTHORITY"]}'
  'sv-klimat|{"title":"Klimatsäkra skolgårdar","topic":"Klimatanpassning av skolgårdar med dagvattenhantering, grönytor och elevernas delaktighet","expertise":["klimatanpassning"]}'
  'sv-integration+country+type|{"title":"Språkstöd för nyanlända","topic":"Integration av nyanlända genom språkstöd, vuxenutbildning och arbetsmarknadsinsatser","countries":["SE","NO","DK","FI"],"organisationTypes":["MUNICIPALITY","NGO"]}'
  'en-narrow+country+type|{"title":"Hydrogen trucks","topic":"Hydrogen fuel cells for heavy-duty trucks","countries":["NL","BE"],"organisationTypes":["SME","RESEARCH_BODY"]}'
)
NAMES=() IDS=()
demo_id="$(api GET "/partner-searches?unitId=$UTB&size=50" | jq -r '.items[] | select(.title == "Partner till Gröna skolgårdar") | .id' | head -1)"
[[ -n "$demo_id" ]] || die "the demo partner search of UTB is missing"
# The demo search was ranked at start-up, before the generated organisations came in through SQL:
# saving it again (as a user would) ranks it against the whole register.
demo="$(api GET "/partner-searches/$demo_id")"
demo_version="$(jq -r .version <<<"$demo")"
curl -fsS -o /dev/null -X PUT -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -H "If-Match: \"$demo_version\"" --data "$(jq -c '{unitId, ideaId, applicationId, callId, title, topic, roles,
  countries, organisationTypes, expertise, interestDeadline, status}' <<<"$demo")" "$API/partner-searches/$demo_id" \
  || die "the demo partner search could not be saved again"
NAMES+=("demo-skolgardar+country+type") IDS+=("$demo_id")
for s in "${SEARCHES[@]}"; do
  body="$(jq -c --arg unit "$UTB" '. + {unitId: $unit}' <<<"${s#*|}")"
  NAMES+=("${s%%|*}") IDS+=("$(api POST /partner-searches "$body" | jq -r .id)")
done
# Interest from two organisations in the demo search: one that matches anyway, one that does not (always listed).
read -r int1 int2 < <(bench_psql -tA -F ' ' -c "select
  (select o.id from partner_organisation o, partner_search s where s.id = '$demo_id' and o.search_doc @@ s.match_query
     and o.country = 'FI' and o.org_type = 'MUNICIPALITY' order by o.name_key limit 1),
  (select o.id from partner_organisation o where o.country = 'PL' and o.org_type = 'SME' order by o.name_key limit 1)")
for o in $int1 $int2; do
  api POST "/partner-searches/$demo_id/interests" "{\"organisationId\":\"$o\",\"proposedRole\":\"PARTNER\",\"receivedOn\":\"$(date +%F)\"}" >/dev/null
done
ok "${#IDS[@]} partner searches of UTB ready"

# ---------------------------------------------------------------- HTTP
# get_matches I TAG: one match request for search I; appends "ms" to $TMP/http.I, checks the status.
get_matches() {
  local i="$1" tag="$2" out
  out="$(curl -sS -o "$TMP/body" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOKEN" \
    -H "X-Request-Id: $tag" "$API/partner-searches/${IDS[i]}/matches?page=0&size=20")"
  [[ "${out%% *}" == 200 ]] || { cat "$TMP/body" >&2; die "matches of ${NAMES[i]} answered ${out%% *}"; }
  [[ "$tag" == bench-w* ]] || awk -v t="${out#* }" 'BEGIN { printf "%.3f\n", t * 1000 }' >>"$TMP/http.$i"
}
log "warming up: $BENCH_WARMUP requests per search"
for ((r = 0; r < BENCH_WARMUP; r++)); do
  for i in "${!IDS[@]}"; do get_matches "$i" "bench-w$r-$i"; done
done
for i in "${!IDS[@]}"; do
  TOTALS[i]="$(curl -sS -H "Authorization: Bearer $TOKEN" "$API/partner-searches/${IDS[i]}/matches?page=0&size=20" | jq .total)"
done
log "measuring: $BENCH_REQUESTS requests, one at a time, the ${#IDS[@]} searches taking turns"
th=$SECONDS load_before="$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')"
for ((r = 0; r < BENCH_REQUESTS; r++)); do
  fresh_token
  i=$((r % ${#IDS[@]}))
  get_matches "$i" "bench-m$r-$i"
done
http_secs=$((SECONDS - th)) load_after="$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')"
sleep 1   # the last request's log line
for i in "${!IDS[@]}"; do
  grep -o "durationMs=[0-9]* requestId=bench-m[0-9]*-$i\$" "$BACKEND_LOG" | sed 's/durationMs=\([0-9]*\).*/\1/' >"$TMP/server.$i" || true
done

# ---------------------------------------------------------------- PostgreSQL
# The three statements MatchService runs (total, ranked page, details of the page), written out as
# they are in MatchService, MatchScore and MatchStore (partner_search_match holds each search's
# candidates with their base score); keep them in step when those change.
BASE="ts_rank('{0.02, 0.2, 0.6, 1.0}', o.search_doc, s.match_query, 1)
  + coalesce((select 0.01 * (jsonb_array_length(s.organisation_types) - t.k + 1) / jsonb_array_length(s.organisation_types)
      from jsonb_array_elements_text(s.organisation_types) with ordinality t(v, k) where t.v = o.org_type), 0)
  + case when jsonb_exists(s.roles, 'LEAD_PARTNER') and o.coordinated_count > 0 then 0.02 else 0 end
  + case when o.twin_town then 0.01 else 0 end"
BONUS="case when exists (select 1 from partner_interest i where i.search_id = s.id and i.organisation_id = o.id) then 1.0 else 0 end
  + case when exists (select 1 from application_partner ap where ap.organisation_id = o.id) then 0.02 else 0 end"
POOL="select p.id, max(p.base) as base from (
    (select m.organisation_id as id, m.base_score as base from partner_search_match m where m.search_id = :'id'
      order by m.base_score desc fetch first (20) rows with ties)
    union all select m.organisation_id, m.base_score from partner_search_match m where m.search_id = :'id'
      and exists (select 1 from application_partner ap where ap.organisation_id = m.organisation_id)
    union all select o.id, $BASE from partner_search s join partner_interest i on i.search_id = s.id
      join partner_organisation o on o.id = i.organisation_id where s.id = :'id') p group by p.id"
Q_COUNT="select (select count(*) from partner_search_match m where m.search_id = :'id')
  + (select count(*) from partner_interest i where i.search_id = :'id' and not exists (select 1 from
     partner_search_match m where m.search_id = :'id' and m.organisation_id = i.organisation_id))"
Q_PAGE="select o.id, x.base + $BONUS as score from ($POOL) x join partner_organisation o on o.id = x.id
  join partner_search s on s.id = :'id' order by score desc, lower(o.legal_name), o.id offset 0 rows fetch first 20 rows only"
Q_DETAILS="select o.id, o.legal_name, o.country, o.city, o.org_type, o.twin_town,
    partner_name_vector(o.legal_name || ' ' || coalesce(o.english_name, '')) @@ s.match_query,
    (select string_agg(e, ', ' order by e) from jsonb_array_elements_text(o.expertise) e
        where (to_tsvector('folded_english', e) || to_tsvector('folded_swedish', e) || to_tsvector('folded_simple', e)) @@ s.match_query),
    (to_tsvector('folded_english', coalesce(o.description, '')) || to_tsvector('folded_swedish', coalesce(o.description, ''))
      || to_tsvector('folded_simple', coalesce(o.city, '') || ' ' || coalesce(o.region, ''))) @@ s.match_query,
    (select string_agg(a, ', ' order by a) from (select distinct coalesce(p.acronym, p.project_ref) a
        from partner_participation p where p.organisation_id = o.id
        and to_tsvector('folded_english', coalesce(p.programme, '') || ' ' || coalesce(p.topic, '')) @@ s.match_query limit 5) x),
    o.coordinated_count,
    (select count(distinct ap.application_id) from application_partner ap where ap.organisation_id = o.id),
    exists (select 1 from partner_interest i where i.search_id = s.id and i.organisation_id = o.id)
  from partner_search s, partner_organisation o where s.id = :'id' and o.id in (:ids)"

tp=$SECONDS
log "timing the same statements in psql: $BENCH_DB_REPEAT runs each per search (EXPLAIN ANALYZE, timing off)"
: >"$PLANS"
for i in "${!IDS[@]}"; do
  ids="$(bench_psql -v id="${IDS[i]}" -tA <<<"select string_agg(quote_literal(id), ',') from ($Q_PAGE) p;")"
  [[ -n "$ids" ]] || ids="'00000000-0000-0000-0000-000000000000'"
  {
    echo "==================== ${NAMES[i]} (search ${IDS[i]}, ${TOTALS[i]} matches)"
    for q in COUNT PAGE DETAILS; do
      v="Q_$q"
      echo "-------------------- $q"
      bench_psql -v id="${IDS[i]}" -v ids="$ids" -tA <<<"explain (analyze, buffers) ${!v};"
    done
  } >>"$PLANS"
  for q in COUNT PAGE DETAILS; do
    v="Q_$q"
    for ((k = 0; k < BENCH_DB_REPEAT; k++)); do echo "explain (analyze, timing off, costs off) ${!v};"; done |
      bench_psql -v id="${IDS[i]}" -v ids="$ids" -tA |
      awk '/Planning Time:/ { p = $3 } /Execution Time:/ { printf "%.3f\n", p + $3 }' >"$TMP/db.$q.$i"
  done
  # Per run: the three statements together (planning included, as JDBC plans them too until it prepares).
  paste -d' ' "$TMP/db.COUNT.$i" "$TMP/db.PAGE.$i" "$TMP/db.DETAILS.$i" | awk '{ printf "%.3f\n", $1 + $2 + $3 }' >"$TMP/db.$i"
done

psql_secs=$((SECONDS - tp))

# ---------------------------------------------------------------- the report
cat "$TMP"/http.[0-9]* >"$TMP/http.all"
cat "$TMP"/server.[0-9]* >"$TMP/server.all"
cat "$TMP"/db.[0-9]* >"$TMP/db.all"
read -r n_all mn_all p50_all p95_all p99_all mx_all < <(stats "$TMP/http.all")
verdict=FAIL
awk -v p="$p95_all" -v l="$BENCH_P95_MS" 'BEGIN { exit !(p < l) }' && verdict=PASS
{
  echo
  echo "Partner-search match benchmark, $(date '+%Y-%m-%d %H:%M'), commit $(git -C "$ROOT_DIR" rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) CPUs, load average $load_before before and $load_after after the HTTP part"
  echo "register: $orgs organisations ($demo_orgs from the demo data incl. the CORDIS extract, $generated generated), $participations participations"
  echo "HTTP: GET /api/v1/partner-searches/{id}/matches?page=0&size=20, $BENCH_REQUESTS requests one at a time (searches in turn) after $BENCH_WARMUP per search to warm up"
  echo "times in ms. http: curl time_total; srv: the backend's durationMs (request log); db: the count, page and details"
  echo "statements of MatchService in psql, planning + execution, $BENCH_DB_REPEAT runs (cnt, page: their p50)"
  echo
  printf '%-30s %7s | %5s %7s %7s %7s %7s %7s | %7s %7s | %7s %7s %7s %7s\n' search matches n min p50 p95 p99 max \
    'srv p50' 'srv p95' 'db p50' 'db p95' 'cnt' 'page'
  for i in "${!IDS[@]}"; do
    read -r n mn p50 p95 p99 mx < <(stats "$TMP/http.$i")
    read -r _ _ s50 s95 _ _ < <(stats "$TMP/server.$i")
    read -r _ _ d50 d95 _ _ < <(stats "$TMP/db.$i")
    read -r _ _ c50 _ _ _ < <(stats "$TMP/db.COUNT.$i")
    read -r _ _ g50 _ _ _ < <(stats "$TMP/db.PAGE.$i")
    printf '%-30s %7s | %5s %7s %7s %7s %7s %7s | %7s %7s | %7s %7s %7s %7s\n' "${NAMES[i]}" "${TOTALS[i]}" \
      "$n" "$mn" "$p50" "$p95" "$p99" "$mx" "$s50" "$s95" "$d50" "$d95" "$c50" "$g50"
  done
  read -r _ _ s50 s95 _ _ < <(stats "$TMP/server.all")
  read -r _ _ d50 d95 _ _ < <(stats "$TMP/db.all")
  printf '%-30s %7s | %5s %7s %7s %7s %7s %7s | %7s %7s | %7s %7s\n' all '' "$n_all" "$mn_all" "$p50_all" "$p95_all" \
    "$p99_all" "$mx_all" "$s50" "$s95" "$d50" "$d95"
  echo
  echo "plans (full EXPLAIN ANALYZE in $PLANS):"
  for i in "${!IDS[@]}"; do
    plan="$(awk -v n="==================== ${NAMES[i]} " 'index($0, n) == 1 { on = 1; next } /^====================/ { on = 0 } on' "$PLANS")"
    scan="seq scan of the register"
    grep -q 'partner_organisation_search_idx' <<<"$plan" && scan="GIN index partner_organisation_search_idx"
    grep -q 'Seq Scan on partner_organisation o' <<<"$plan" && scan="seq scan of the register (GIN index not used)"
    jit="$(grep -c '^JIT:' <<<"$plan" || true)"
    jit_ms="$(awk '/^  Timing: Generation/ { t += $NF == "ms" ? $(NF - 1) : 0 } END { printf "%.0f", t }' <<<"$plan")"
    printf '  %-30s %s; JIT in %s of 3 statements (%s ms)\n' "${NAMES[i]}" "$scan" "$jit" "$jit_ms"
  done
  echo
  echo "runtime: $((SECONDS - t0))s until now (stack ${stack_secs}s, register ${register_secs}s, HTTP ${http_secs}s, psql ${psql_secs}s)"
  echo "$verdict: p95 of all match requests = $p95_all ms (target < $BENCH_P95_MS ms) with $orgs organisations"
} | tee "$REPORT"
[[ "$verdict" == PASS ]] || exit 1
