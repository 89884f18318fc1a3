/**
 * @module
 * Page-furniture wording in the other languages the service reads (German, French, Spanish,
 * Italian, Dutch, Portuguese), beside the English of `boilerplate.ts`. Written by the copydesk
 * team from the interface text news sites and the common CMSs show in each language (menus,
 * sharing, "read also" lists, comment threads, legal notices); no list was copied. Entries are
 * regular-expression sources matched case-insensitively, each against a whole line.
 */

/** Headings that open a list of links to other stories ("Mehr zum Thema"). */
export const LIST_HEADINGS = [
  // de
  'mehr zum thema',
  'mehr (?:aus|zu|von|über) .{1,30}',
  'das könnte sie (?:auch )?interessieren',
  'auch interessant',
  'lesen sie (?:auch|mehr)',
  'weitere (?:artikel|beiträge|nachrichten|meldungen|themen)',
  '(?:ähnliche|verwandte) (?:artikel|beiträge|themen)',
  'meist(?:gelesen|gelesene artikel|geklickt)',
  'top-?(?:artikel|themen|meldungen)',
  'neueste (?:artikel|beiträge)',
  'aktuelle (?:nachrichten|meldungen)',
  'empfehlungen(?: der redaktion)?',
  'schlagworte',
  'themen',
  // fr
  '(?:à )?lire (?:aussi|également)',
  'sur le même sujet',
  'articles (?:liés|similaires|recommandés)',
  'les plus (?:lus|partagés)',
  'à la une',
  'dernières (?:actualités|infos)',
  'voir aussi',
  'nos recommandations',
  // es
  '(?:también )?te puede interesar',
  '(?:noticias|artículos) relacionad[oa]s',
  'lo más (?:leído|visto)',
  'más leíd[oa]s',
  'últimas noticias',
  'ver también',
  'temas',
  // it
  'leggi anche',
  'potrebbe interessarti',
  '(?:articoli|notizie) correlat[ei]',
  '(?:i )?più letti',
  'ultime notizie',
  'argomenti',
  // nl
  'lees ook',
  'meer over .{1,30}',
  'gerelateerde (?:artikelen|berichten)',
  'meest gelezen',
  'laatste nieuws',
  'ook interessant',
  // pt
  '(?:leia|veja) também',
  'notícias relacionadas',
  'mais lid[oa]s',
  'últimas notícias',
]

/** Short furniture lines: menus, sign-in, sharing, ads, "read more", reading time. */
export const FURNITURE_LINES = [
  // de
  'menü',
  'suche',
  'startseite',
  'zum inhalt springen',
  '(?:an|ab)melden',
  'registrieren',
  'abonnieren',
  '(?:artikel )?teilen',
  'drucken',
  'anzeige',
  'werbung',
  'nach oben',
  'weiterlesen',
  'mehr (?:anzeigen|laden|lesen)',
  'lesezeit:? \\d+ min(?:\\.|uten)?',
  '\\d+ min(?:\\.|uten)? lesezeit',
  '(?:foto|bild|quelle|grafik):.*',
  'schließen',
  '(?:vorheriger|nächster) artikel.{0,60}',
  'impressum',
  'datenschutz(?:erklärung)?',
  'kontakt',
  '(?:alle )?akzeptieren',
  // fr
  'rechercher',
  'accueil',
  'se connecter',
  'connexion',
  "s'abonner",
  'abonnez-vous',
  'partager(?: cet article)?',
  'imprimer',
  'publicité',
  'lire la suite',
  'voir plus',
  'fermer',
  'haut de page',
  'mentions légales',
  // es
  'menú',
  'buscar',
  'inicio',
  'iniciar sesión',
  'suscríbete',
  'compartir',
  'imprimir',
  'publicidad',
  '(?:leer|ver) más',
  'cerrar',
  'aviso legal',
  // it
  'cerca',
  'accedi',
  'abbonati',
  'condividi',
  'stampa',
  'pubblicità',
  'leggi (?:di più|tutto)',
  'continua a leggere',
  'chiudi',
  // nl
  'zoeken',
  'inloggen',
  'abonneren',
  'delen',
  'advertentie',
  'lees meer',
  'sluiten',
  // pt
  'pesquisar',
  'entrar',
  'assine',
  'compartilhar',
  'publicidade',
  'leia mais',
  'fechar',
]

/** Relative times on teasers and comments ("vor 2 Stunden", "il y a 3 heures"). */
export const RELATIVE_TIMES = [
  'vor \\d+ (?:sekunden|minuten|min\\.?|stunden|std\\.?|tagen|wochen|monaten|jahren)',
  'il y a \\d+ (?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?)',
  'hace \\d+ (?:segundos?|minutos?|min|horas?|h|días?|semanas?|meses|años?)',
  '\\d+ (?:secondi|minuti|min|ore|giorni|settimane|mesi|anni) fa',
  '\\d+ (?:seconden|minuten|min|uur|dagen|weken|maanden|jaar) geleden',
  'há \\d+ (?:segundos?|minutos?|min|horas?|h|dias?|semanas?|meses|anos?)',
  'gestern|heute|hier|aujourd.hui|ayer|hoy|ieri|oggi|gisteren|vandaag|ontem|hoje',
]

/** Month names, for bare dates ("3. Dezember 2026", "3 décembre 2026"). */
const MONTHS =
  'januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|' +
  'janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|' +
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|' +
  'januari|februari|maart|mei|augustus|oktober|' +
  'janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro'

/** Bare dates with an optional time: "3. Dezember 2026, 07:12 Uhr", "03.12.2026, 07:12 Uhr". */
export const DATES = [
  `\\d{1,2}\\.? (?:${MONTHS}) \\d{4}(?:,? (?:um |à |a las |alle )?\\d\\d?[:.h]\\d\\d(?: uhr)?)?`,
  `\\d\\d?\\.\\d\\d?\\.\\d{2,4},? (?:um )?\\d\\d?[:.]\\d\\d(?: uhr)?`,
]

/** The heading of a comment thread, or a commenter's "X sagt:" line. */
export const COMMENT_HEADINGS = [
  '[[(]?\\s*\\d+\\s+(?:kommentare?|commentaires?|comentarios?|commenti|commento|reacties?|comentários?)\\b.*',
  '(?:kommentare?|commentaires?|comentarios?|commenti|reacties|comentários)\\s*(?:\\(\\d+\\))?',
  '(?:schreibe einen|kommentar (?:schreiben|verfassen)|diskutieren sie mit).*',
  '(?:laisser|écrire) un commentaire.*',
  '(?:deja|escribe) (?:un|tu) comentario.*',
  'lascia un commento.*',
  'laat een reactie achter.*',
  'deixe (?:um|seu) comentário.*',
  '.{1,40}\\s(?:sagt|dit|dice|zegt|disse)\\s?:',
]

/** Copyright and legal notices. */
export const LEGAL_NOTICES = [
  'alle rechte vorbehalten',
  'tous droits réservés',
  'todos los derechos reservados',
  'tutti i diritti riservati',
  'alle rechten voorbehouden',
  'todos os direitos reservados',
  '^(?:impressum|datenschutz(?:erklärung)?|nutzungsbedingungen|agb|mentions légales|aviso legal|política de privacidad|informativa sulla privacy)\\b',
]

/** Words that {@link LEGAL_NOTICES} needs one of, for a cheap test before the regex. */
export const LEGAL_WORDS = [
  'vorbehalten',
  'réservés',
  'reservados',
  'riservati',
  'voorbehouden',
  'impressum',
  'datenschutz',
  'nutzungsbedingungen',
  'agb',
  'mentions',
  'aviso',
  'política',
  'informativa',
]

/** Newsletter sign-ups. */
export const SIGNUP_LINES = [
  'abonnieren sie',
  'melden sie sich .{0,40}\\ban\\b',
  'inscrivez-vous',
  'suscríbete',
  'iscriviti',
  'schrijf je in',
  'inscreva-se',
]

/** "Lesen Sie auch: ..." lines that link to another story. */
export const RELATED_LINES = [
  '^(?:mehr zum thema|lesen sie (?:auch|mehr)|auch interessant|(?:à )?lire aussi|lee también|leer también|leggi anche|lees ook|(?:leia|veja) também)\\s*:\\s*\\S',
]
