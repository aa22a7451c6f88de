/**
 * fix15c: a question asked in Spanish, Portuguese or German, read word by word into the planner's
 * English ("el mes pasado" -> "last month", "terceiro trimestre" -> "q3", "im Vergleich zum" ->
 * "compared to"). Read as typed, the foreign words were a catalog search ("tasa de apertura") or an
 * off-topic decline. Only a question that reads as one of the languages (two of its marker words)
 * is rewritten, so English words that are also foreign ("no", "die", "war") are left alone
 * elsewhere. Accents are dropped before matching ("cuánto" and "cuanto" alike).
 */

/** One language: words that show the question is in it, and its phrases in the planner's words. */
interface ForeignLanguage {
  /** Words rarely seen in an English question; two of them mark the question as this language. */
  markers: ReadonlySet<string>;
  /** [foreign phrase without accents, English]; longer phrases are read first. */
  phrases: readonly (readonly [string, string])[];
}

const MONTHS_ES: [string, string][] = [
  ["enero", "january"],
  ["febrero", "february"],
  ["marzo", "march"],
  ["abril", "april"],
  ["mayo", "may"],
  ["junio", "june"],
  ["julio", "july"],
  ["agosto", "august"],
  ["septiembre", "september"],
  ["setiembre", "september"],
  ["octubre", "october"],
  ["noviembre", "november"],
  ["diciembre", "december"],
];

const MONTHS_PT: [string, string][] = [
  ["janeiro", "january"],
  ["fevereiro", "february"],
  ["marco", "march"],
  ["maio", "may"],
  ["junho", "june"],
  ["julho", "july"],
  ["setembro", "september"],
  ["outubro", "october"],
  ["novembro", "november"],
  ["dezembro", "december"],
];

const MONTHS_DE: [string, string][] = [
  ["januar", "january"],
  ["februar", "february"],
  ["marz", "march"],
  ["maerz", "march"],
  ["mai", "may"],
  ["juni", "june"],
  ["juli", "july"],
  ["oktober", "october"],
  ["dezember", "december"],
];

/** Quarters by ordinal, in each language's words. */
const quarters = (word: string, ordinals: readonly string[][], after = false): [string, string][] =>
  ordinals.flatMap((forms, i) =>
    forms.map((o): [string, string] => [after ? `${word} ${o}` : `${o} ${word}`, `q${i + 1}`]),
  );

const SPANISH: ForeignLanguage = {
  markers: new Set(
    "frente enero febrero marzo abril junio julio agosto septiembre setiembre octubre noviembre diciembre tuvimos tenemos el los las del y que cual cuales cuanto cuantos cuantas fue fueron gastamos gastado gasto mes pasado pasada semana ano tasa comparado comparacion con por cuando como donde ingresos ventas pedidos clientes nuevos correos campana campanas canal canales trimestre ultimos dias ayer hoy mejor peor esta este".split(
      " ",
    ),
  ),
  phrases: [
    ["el mes pasado", "last month"],
    ["del mes pasado", "last month"],
    ["mes pasado", "last month"],
    ["este mes", "this month"],
    ["la semana pasada", "last week"],
    ["semana pasada", "last week"],
    ["esta semana", "this week"],
    ["el ano pasado", "last year"],
    ["ano pasado", "last year"],
    ["este ano", "this year"],
    ["el trimestre pasado", "last quarter"],
    ["trimestre pasado", "last quarter"],
    ["el ultimo trimestre", "last quarter"],
    ...quarters("trimestre", [
      ["primer", "1er"],
      ["segundo", "2do"],
      ["tercer", "tercero", "3er"],
      ["cuarto", "4to"],
    ]),
    ["ultimos", "last"],
    ["dias", "days"],
    ["ayer", "yesterday"],
    ["hoy", "today"],
    ["tasa de apertura", "open rate"],
    ["tasa de aperturas", "open rate"],
    ["tasa de clics", "click through rate"],
    ["tasa de conversion", "conversion rate"],
    ["tasa de rebote", "bounce rate"],
    ["tasa de bajas", "unsubscribe rate"],
    ["costo por adquisicion", "cpa"],
    ["coste por adquisicion", "cpa"],
    ["costo por clic", "cpc"],
    ["coste por clic", "cpc"],
    ["retorno de la inversion publicitaria", "roas"],
    ["clientes nuevos", "new customers"],
    ["nuevos clientes", "new customers"],
    ["valor medio del pedido", "average order value"],
    ["ticket medio", "average order value"],
    ["ingresos", "revenue"],
    ["facturacion", "revenue"],
    ["ventas", "sales"],
    ["gastamos en", "did we spend on"],
    ["gastamos", "did we spend"],
    ["hemos gastado", "did we spend"],
    ["tuvimos", "did we have"],
    ["tenemos", "do we have"],
    ["hicimos", "did we make"],
    ["gastado", "spent"],
    ["gastos", "spend"],
    ["gasto", "spend"],
    ["inversion", "spend"],
    ["pedidos", "orders"],
    ["conversiones", "conversions"],
    ["sesiones", "sessions"],
    ["clics", "clicks"],
    ["impresiones", "impressions"],
    ["aperturas", "opens"],
    ["clientes", "customers"],
    ["correos", "emails"],
    ["campanas", "campaigns"],
    ["campana", "campaign"],
    ["canales", "channels"],
    ["canal", "channel"],
    ["comparado con", "compared with"],
    ["comparada con", "compared with"],
    ["en comparacion con", "compared with"],
    ["frente a", "vs"],
    ["cual fue", "what was"],
    ["cuales fueron", "what were"],
    ["que canal", "which channel"],
    ["cual canal", "which channel"],
    ["que campana", "which campaign"],
    ["cual campana", "which campaign"],
    ["cuanto", "how much"],
    ["cuantos", "how many"],
    ["cuantas", "how many"],
    ["como", "how"],
    ["cual", "what"],
    ["cuales", "which"],
    ["que", "what"],
    ["fue", "was"],
    ["fueron", "were"],
    ["trajo", "brought"],
    ["mas", "most"],
    ["menos", "least"],
    ["mejor", "best"],
    ["peor", "worst"],
    ["nuevos", "new"],
    ["por", "by"],
    ["de los", "of the"],
    ["de las", "of the"],
    ["del", "of the"],
    ["de", "of"],
    ["en", "in"],
    ["con", "with"],
    ["y", "and"],
    ["el", "the"],
    ["la", "the"],
    ["los", "the"],
    ["las", "the"],
    ["nuestro", "our"],
    ["nuestra", "our"],
    ["nuestros", "our"],
    ["mes", "month"],
    ["semana", "week"],
    ["ano", "year"],
    ...MONTHS_ES,
  ],
};

const PORTUGUESE: ForeignLanguage = {
  markers: new Set(
    "janeiro fevereiro maio junho julho agosto setembro outubro novembro dezembro tivemos temos qual quais quanto quantos quantas foi foram gastamos gasto mes passado passada semana ano trimestre terceiro primeiro segundo quarto taxa receita faturamento vendas pedidos clientes novos canal canais campanha campanhas trouxe mais nos nas dos das comparado com ultimos dias ontem hoje melhor pior".split(
      " ",
    ),
  ),
  phrases: [
    ["o mes passado", "last month"],
    ["no mes passado", "last month"],
    ["mes passado", "last month"],
    ["este mes", "this month"],
    ["a semana passada", "last week"],
    ["na semana passada", "last week"],
    ["semana passada", "last week"],
    ["o ano passado", "last year"],
    ["no ano passado", "last year"],
    ["ano passado", "last year"],
    ["este ano", "this year"],
    ["no trimestre passado", "last quarter"],
    ["trimestre passado", "last quarter"],
    ["no ultimo trimestre", "last quarter"],
    ["ultimo trimestre", "last quarter"],
    ...quarters("trimestre", [["no primeiro"], ["no segundo"], ["no terceiro"], ["no quarto"]]).map(
      ([p, q]): [string, string] => [p, `in ${q}`],
    ),
    ...quarters("trimestre", [
      ["primeiro", "1o"],
      ["segundo", "2o"],
      ["terceiro", "3o"],
      ["quarto", "4o"],
    ]),
    ["ultimos", "last"],
    ["dias", "days"],
    ["ontem", "yesterday"],
    ["hoje", "today"],
    ["taxa de abertura", "open rate"],
    ["taxa de cliques", "click through rate"],
    ["taxa de conversao", "conversion rate"],
    ["taxa de rejeicao", "bounce rate"],
    ["custo por aquisicao", "cpa"],
    ["custo por clique", "cpc"],
    ["clientes novos", "new customers"],
    ["novos clientes", "new customers"],
    ["ticket medio", "average order value"],
    ["receita", "revenue"],
    ["faturamento", "revenue"],
    ["vendas", "sales"],
    ["gastamos em", "did we spend on"],
    ["gastamos no", "did we spend on"],
    ["gastamos na", "did we spend on"],
    ["gastamos", "did we spend"],
    ["tivemos", "did we have"],
    ["temos", "do we have"],
    ["gastos", "spend"],
    ["gasto", "spend"],
    ["investimento", "spend"],
    ["pedidos", "orders"],
    ["conversoes", "conversions"],
    ["sessoes", "sessions"],
    ["cliques", "clicks"],
    ["impressoes", "impressions"],
    ["clientes", "customers"],
    ["campanhas", "campaigns"],
    ["campanha", "campaign"],
    ["canais", "channels"],
    ["canal", "channel"],
    ["comparado com", "compared with"],
    ["comparada com", "compared with"],
    ["em comparacao com", "compared with"],
    ["qual canal", "which channel"],
    ["qual campanha", "which campaign"],
    ["qual foi", "what was"],
    ["quais foram", "what were"],
    ["quanto", "how much"],
    ["quantos", "how many"],
    ["quantas", "how many"],
    ["como", "how"],
    ["qual", "what"],
    ["quais", "which"],
    ["foi", "was"],
    ["foram", "were"],
    ["trouxe", "brought"],
    ["trouxeram", "brought"],
    ["mais", "the most"],
    ["menos", "the least"],
    ["melhor", "best"],
    ["pior", "worst"],
    ["novos", "new"],
    ["por", "by"],
    ["dos", "of the"],
    ["das", "of the"],
    ["do", "of the"],
    ["da", "of the"],
    ["de", "of"],
    ["nos", "in the"],
    ["nas", "in the"],
    ["no", "in the"],
    ["na", "in the"],
    ["em", "in"],
    ["com", "with"],
    ["e", "and"],
    ["o", "the"],
    ["os", "the"],
    ["nosso", "our"],
    ["nossa", "our"],
    ["mes", "month"],
    ["semana", "week"],
    ["ano", "year"],
    ...MONTHS_PT,
  ],
};

const GERMAN: ForeignLanguage = {
  markers: new Set(
    "hatten wie hoch viel viele der dem den das im zum zur vergleich verglichen umsatz umsatze erlos monat monats woche jahr quartal welcher welche welches kanal kanale kunden neukunden und ausgaben bestellungen letzten letzte letzter letztes vergangenen gestern haben wir ausgegeben kampagne kampagnen pro nach oktober marz dezember januar februar juni juli".split(
      " ",
    ),
  ),
  phrases: [
    ["im letzten monat", "last month"],
    ["letzten monat", "last month"],
    ["letzter monat", "last month"],
    ["im vergangenen monat", "last month"],
    ["vergangenen monat", "last month"],
    ["vormonat", "last month"],
    ["diesen monat", "this month"],
    ["letzte woche", "last week"],
    ["letzten woche", "last week"],
    ["letztes jahr", "last year"],
    ["letzten jahr", "last year"],
    ["dieses jahr", "this year"],
    ["im letzten quartal", "last quarter"],
    ["letztes quartal", "last quarter"],
    ["letzten quartal", "last quarter"],
    ...quarters("quartal", [
      ["im ersten", "ersten", "erstes", "erste"],
      ["im zweiten", "zweiten", "zweites", "zweite"],
      ["im dritten", "dritten", "drittes", "dritte"],
      ["im vierten", "vierten", "viertes", "vierte"],
    ]),
    ["gestern", "yesterday"],
    ["heute", "today"],
    ["offnungsrate", "open rate"],
    ["oeffnungsrate", "open rate"],
    ["klickrate", "click through rate"],
    ["konversionsrate", "conversion rate"],
    ["absprungrate", "bounce rate"],
    ["kosten pro bestellung", "cpa"],
    ["kosten pro klick", "cpc"],
    ["neue kunden", "new customers"],
    ["neukunden", "new customers"],
    ["durchschnittlicher bestellwert", "average order value"],
    ["warenkorbwert", "average order value"],
    ["umsatze", "revenue"],
    ["umsatz", "revenue"],
    ["erlose", "revenue"],
    ["erlos", "revenue"],
    ["werbeausgaben", "ad spend"],
    ["ausgaben", "spend"],
    ["haben wir ausgegeben", "did we spend"],
    ["hatten wir", "did we have"],
    ["haben wir", "do we have"],
    ["ausgegeben", "spent"],
    ["kosten", "cost"],
    ["bestellungen", "orders"],
    ["sitzungen", "sessions"],
    ["klicks", "clicks"],
    ["kunden", "customers"],
    ["kampagnen", "campaigns"],
    ["kampagne", "campaign"],
    ["kanale", "channels"],
    ["kanal", "channel"],
    ["im vergleich zum", "compared to"],
    ["im vergleich zur", "compared to"],
    ["im vergleich zu", "compared to"],
    ["verglichen mit", "compared with"],
    ["gegenuber", "vs"],
    ["wie hoch war", "what was"],
    ["wie hoch waren", "what were"],
    ["wie hoch ist", "what is"],
    ["wie viel", "how much"],
    ["wieviel", "how much"],
    ["wie viele", "how many"],
    ["wie", "how"],
    ["welcher", "which"],
    ["welche", "which"],
    ["welches", "which"],
    ["was war", "what was"],
    ["war", "was"],
    ["waren", "were"],
    ["ist", "is"],
    ["brachte", "brought"],
    ["am meisten", "the most"],
    ["meisten", "most"],
    ["die meisten", "the most"],
    ["pro", "by"],
    ["nach", "by"],
    ["im", "in"],
    ["am", "on"],
    ["fur", "for"],
    ["und", "and"],
    ["der", "the"],
    ["die", "the"],
    ["das", "the"],
    ["den", "the"],
    ["dem", "the"],
    ["des", "of the"],
    ["zum", "to"],
    ["zur", "to"],
    ["unser", "our"],
    ["unsere", "our"],
    ["unseren", "our"],
    ["monat", "month"],
    ["woche", "week"],
    ["jahr", "year"],
    ...MONTHS_DE,
  ],
};

const LANGUAGES: readonly ForeignLanguage[] = [SPANISH, PORTUGUESE, GERMAN];

/** Accents dropped ("cuánto" -> "cuanto", "Umsätze" -> "Umsatze", "campaña" -> "campana"). */
const plain = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "");

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Each language's phrases as one alternation, longest first, so a phrase wins over its words. */
const FINDERS = new Map(
  LANGUAGES.map((lang) => {
    const byPhrase = new Map(lang.phrases.map(([f, e]) => [f, e]));
    const alternation = [...byPhrase.keys()]
      .sort((a, b) => b.length - a.length)
      .map((p) => escapeRegex(p).replace(/ /g, "\\s+"))
      .join("|");
    return [
      lang,
      { byPhrase, re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, "giu") },
    ];
  }),
);

/** The language a question reads as: the one with the most marker words, two at least. */
function languageOf(words: readonly string[]): ForeignLanguage | undefined {
  let best: ForeignLanguage | undefined;
  let bestCount = 1;
  for (const lang of LANGUAGES) {
    const count = new Set(words.filter((w) => lang.markers.has(w))).size;
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return best;
}

/**
 * A Spanish, Portuguese or German question in the planner's English; any other question as it was.
 * @example translateForeign("¿cuánto gastamos en meta el mes pasado?") // "how much did we spend on meta last month?"
 */
export function translateForeign(question: string): string {
  const text = plain(question).replace(/[¿¡]/g, " ");
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const lang = languageOf(words);
  if (!lang) return question;
  const finder = FINDERS.get(lang);
  if (!finder) return question;
  return text
    .replace(finder.re, (m) => finder.byPhrase.get(m.toLowerCase().replace(/\s+/g, " ")) ?? m)
    .replace(/\s+/g, " ")
    .trim();
}
