/**
 * Phrases Alexa maps to the standard built-in intents a skill declares, without the skill listing them
 * (https://developer.amazon.com/docs/custom-skills/standard-built-in-intents.html), by language. A subset of
 * what Alexa understands; a model can add samples to any of these intents.
 */
const ENGLISH: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.HelpIntent': ['help', 'help me', 'can you help me', 'what can i say', 'what can you do', 'what can i do', 'how does this work'],
  // "exit" and "quit" inside a session end it instead (see SESSION_EXIT_PHRASES); in a one-shot
  // ("ask sales assistant to quit") there is no session to end, so they stop like "stop".
  'AMAZON.StopIntent': ['stop', 'off', 'shut up', 'be quiet', 'stop it', 'exit', 'quit'],
  'AMAZON.CancelIntent': ['cancel', 'cancel that', 'never mind', 'nevermind', 'forget it'],
  'AMAZON.YesIntent': ['yes', 'yeah', 'yep', 'yup', 'sure', 'ok', 'okay', 'yes please', 'sure thing', 'of course', 'correct', "that's right"],
  'AMAZON.NoIntent': ['no', 'nope', 'nah', 'no thanks', 'no thank you', 'not now'],
  'AMAZON.NextIntent': ['next', 'next one', 'next ones', 'the next one', 'the next ones', 'next five', 'the next five', 'more', 'tell me more', 'keep going', 'go on', 'skip'],
  'AMAZON.PreviousIntent': ['previous', 'previous one', 'the previous one', 'go back', 'back'],
  'AMAZON.RepeatIntent': ['repeat', 'repeat that', 'say that again', 'again', 'what was that', 'pardon'],
  'AMAZON.NavigateHomeIntent': ['go home', 'home'],
  'AMAZON.StartOverIntent': ['start over', 'start again', 'restart', 'begin again'],
  'AMAZON.PauseIntent': ['pause', 'pause that', 'hold on'],
  'AMAZON.ResumeIntent': ['resume', 'continue', 'keep playing'],
};

/** [unconfirmed] German phrases for the same intents: the built-in intents page lists English samples only. */
const GERMAN: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.HelpIntent': ['hilfe', 'hilf mir', 'kannst du mir helfen', 'was kann ich sagen', 'was kannst du', 'wie funktioniert das'],
  'AMAZON.StopIntent': ['stopp', 'stop', 'aus', 'halt', 'sei still', 'beenden', 'ende'],
  'AMAZON.CancelIntent': ['abbrechen', 'brich ab', 'vergiss es', 'egal'],
  'AMAZON.YesIntent': ['ja', 'jawohl', 'genau', 'klar', 'gerne', 'okay', 'ok', 'ja bitte', 'richtig', 'stimmt', 'passt'],
  'AMAZON.NoIntent': ['nein', 'nee', 'nö', 'nein danke', 'jetzt nicht'],
  'AMAZON.NextIntent': ['weiter', 'nächster', 'nächste', 'der nächste', 'die nächsten', 'mehr', 'erzähl mehr', 'mach weiter', 'überspringen'],
  'AMAZON.PreviousIntent': ['zurück', 'vorheriger', 'der vorherige', 'geh zurück'],
  'AMAZON.RepeatIntent': ['wiederholen', 'wiederhole das', 'sag das nochmal', 'nochmal', 'wie bitte'],
  'AMAZON.NavigateHomeIntent': ['startseite', 'nach hause'],
  'AMAZON.StartOverIntent': ['von vorne', 'neu starten', 'noch mal von vorne'],
  'AMAZON.PauseIntent': ['pause', 'warte kurz'],
  'AMAZON.ResumeIntent': ['fortsetzen', 'weitermachen'],
};

/** [unconfirmed] Spanish (Spain) phrases for the same intents, informal "tú" as Alexa speaks in Spain. */
const SPANISH: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.HelpIntent': ['ayuda', 'ayúdame', 'me ayudas', 'puedes ayudarme', 'qué puedo decir', 'qué puedes hacer', 'cómo funciona'],
  'AMAZON.StopIntent': ['para', 'parar', 'detente', 'basta', 'cállate', 'stop', 'salir', 'sal'],
  'AMAZON.CancelIntent': ['cancela', 'cancelar', 'olvídalo', 'déjalo', 'da igual'],
  'AMAZON.YesIntent': ['sí', 'si', 'vale', 'claro', 'por supuesto', 'de acuerdo', 'sí por favor', 'correcto', 'eso es', 'exacto', 'venga'],
  'AMAZON.NoIntent': ['no', 'no gracias', 'ahora no', 'para nada'],
  'AMAZON.NextIntent': ['siguiente', 'la siguiente', 'el siguiente', 'las siguientes', 'los siguientes', 'más', 'cuéntame más', 'sigue', 'continúa', 'salta'],
  'AMAZON.PreviousIntent': ['anterior', 'la anterior', 'el anterior', 'atrás', 'vuelve atrás'],
  'AMAZON.RepeatIntent': ['repite', 'repítelo', 'repite eso', 'dilo otra vez', 'otra vez', 'cómo', 'perdona'],
  'AMAZON.NavigateHomeIntent': ['inicio', 've al inicio'],
  'AMAZON.StartOverIntent': ['empieza de nuevo', 'vuelve a empezar', 'desde el principio'],
  'AMAZON.PauseIntent': ['pausa', 'espera un momento'],
  'AMAZON.ResumeIntent': ['reanuda', 'sigue donde estabas'],
};

/** [unconfirmed] French phrases for the same intents, as French speakers say them to Alexa (vous or tu alike). */
const FRENCH: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.HelpIntent': ['aide', 'aide moi', 'aidez moi', 'à l\'aide', 'tu peux m\'aider', 'que puis je dire', 'qu\'est ce que je peux dire', 'qu\'est ce que tu sais faire', 'comment ça marche'],
  'AMAZON.StopIntent': ['stop', 'arrête', 'arrêter', 'arrête toi', 'tais toi', 'silence', 'quitter', 'quitte'],
  'AMAZON.CancelIntent': ['annuler', 'annule', 'laisse tomber', 'oublie', 'oublie ça', 'peu importe'],
  'AMAZON.YesIntent': ['oui', 'ouais', 'ok', 'okay', 'd\'accord', 'bien sûr', 'oui s\'il te plaît', 'oui s\'il vous plaît', 'exactement', 'c\'est ça', 'tout à fait', 'vas y', 'allez y'],
  'AMAZON.NoIntent': ['non', 'non merci', 'pas maintenant', 'pas du tout', 'surtout pas'],
  'AMAZON.NextIntent': ['suivant', 'suivante', 'la suivante', 'les suivantes', 'le suivant', 'les suivants', 'encore', 'la suite', 'continue', 'passe', 'plus', 'dis m\'en plus'],
  'AMAZON.PreviousIntent': ['précédent', 'précédente', 'la précédente', 'le précédent', 'retour', 'reviens'],
  'AMAZON.RepeatIntent': ['répète', 'répéter', 'tu peux répéter', 'pouvez vous répéter', 'redis le', 'encore une fois', 'pardon', 'comment'],
  'AMAZON.NavigateHomeIntent': ['accueil', 'retour à l\'accueil'],
  'AMAZON.StartOverIntent': ['recommence', 'recommencer', 'reprends depuis le début', 'depuis le début'],
  'AMAZON.PauseIntent': ['pause', 'attends', 'attends un peu'],
  'AMAZON.ResumeIntent': ['reprends', 'reprendre'],
};

const BY_LANGUAGE: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = { en: ENGLISH, de: GERMAN, fr: FRENCH, es: SPANISH };

/** The built-in intents' phrases in a locale's language ("de-DE" → German); English for a language not written here. */
export function builtInPhrases(locale: string): Readonly<Record<string, readonly string[]>> {
  return BY_LANGUAGE[locale.split('-')[0]!] ?? ENGLISH;
}

/**
 * While a session is open, "exit" and "quit" close it: the skill gets a SessionEndedRequest with reason
 * USER_INITIATED and cannot answer (https://developer.amazon.com/docs/alexa-gadgets-toolkit/custom-interface-best-practices.html,
 * and SessionEndedRequest's reasons in the request types reference).
 */
const EXIT: Readonly<Record<string, readonly string[]>> = { en: ['exit', 'quit'], de: ['beenden', 'verlassen'], fr: ['quitter', 'sortir'], es: ['salir', 'sal'] };
export function sessionExitPhrases(locale: string): readonly string[] {
  return EXIT[locale.split('-')[0]!] ?? EXIT.en!;
}

export const YES_INTENT = 'AMAZON.YesIntent';
export const NO_INTENT = 'AMAZON.NoIntent';
export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';
