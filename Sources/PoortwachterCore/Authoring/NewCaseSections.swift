/// The commented document sections of a new case file, in the order of the timeline.
enum NewCaseSections {
  /// The sections; `due` gives the deadline comment of a milestone.
  static func text(due: (Milestone.ID) -> String) -> String {
    let author = "opgesteld_door: { naam: , functie: }"
    let signed = "ondertekend: { werkgever: JJJJ-MM-DD, werknemer: JJJJ-MM-DD }"
    var text = due(.probleemanalyse)
    text += """
      # probleemanalyse:
      #   datum: JJJJ-MM-DD
      #   \(author)
      #   benutbare_mogelijkheden: true
      #   mogelijkheden_en_beperkingen: Wat de werknemer wel en niet kan (geen diagnose of klachten).
      #   prognose:
      #   advies:


      """
    text += due(.planVanAanpak)
    text += """
      # plan_van_aanpak:
      #   datum: JJJJ-MM-DD
      #   \(author)
      #   \(signed)
      #   doel:
      #   afspraken: [ ]
      #   visie_werkgever:
      #   visie_werknemer:

      # Evaluaties van het plan: minstens elke 6 weken (42 dagen) na het plan en na elkaar.
      # evaluaties:
      #   - { datum: JJJJ-MM-DD, \(author), verslag: }


      """
    text += due(.melding42eWeek)
    text += "# melding_42e_week: { datum: JJJJ-MM-DD }\n\n"
    text += """
      # arbeidsdeskundige_onderzoeken:
      #   - datum: JJJJ-MM-DD
      #     \(author)
      #     vraagstelling:
      #     belastbaarheid: { bron: FML van de bedrijfsarts, datum: JJJJ-MM-DD }
      #     conclusies: { eigen_werk: , aangepast_werk: , ander_werk: , tweede_spoor: }
      #     conclusie:
      #     advies: spoor1
      #     adviezen:
      #       - { advies: , betreft: aangepast_werk, opvolging: nog_lopend, toelichting: }

      # Spoor 1: elke functie bij de eigen werkgever, vóór de eerstejaarsevaluatie beoordeeld.
      # spoor_1:
      #   functies:
      #     - { naam: , passend: nee, reden: , beoordeeld_op: JJJJ-MM-DD, beoordeeld_door: { naam: , functie: } }
      #   conclusie:


      """
    text += due(.eerstejaarsevaluatie)
    text += """
      # eerstejaarsevaluatie:
      #   datum: JJJJ-MM-DD
      #   \(author)
      #   \(signed)
      #   tweede_spoor_nodig: false
      #   toelichting:
      #   visie_werkgever:
      #   visie_werknemer:


      """
    text += due(.tweedeSpoor)
    text += """
      # tweede_spoor:
      #   gestart_op: JJJJ-MM-DD
      #   uitvoerder: { naam: , functie: Jobcoach, organisatie: }
      #   fasen: [ { fase: intake, van: JJJJ-MM-DD } ]
      #   activiteiten: [ { datum: JJJJ-MM-DD, soort: sollicitatie, omschrijving: } ]
      #   rapportages: [ { datum: JJJJ-MM-DD, \(author), samenvatting: } ]
      #   persoonsprofiel: { datum: JJJJ-MM-DD, \(author), samenvatting: }
      #   zoekprofiel: { datum: JJJJ-MM-DD, \(author), samenvatting: }
      #   werkplan: { datum: JJJJ-MM-DD, \(author), sollicitaties_per_week: 2, vacatures_per_week: 4 }
      #   voortgang: [ { van: JJJJ-MM-DD, tot: JJJJ-MM-DD, sollicitaties: 0, vacatures: 0, gesprekken: 0 } ]


      """
    text += due(.actueelOordeel)
    text += """
      # actueel_oordeel:
      #   datum: JJJJ-MM-DD
      #   \(author)
      #   arbeidsverhouding:
      #   passend_werk_bij_werkgever:
      #   benutbare_mogelijkheden:
      #   prognose:
      #   advies:
      #   belastbaarheidsprofiel_op: JJJJ-MM-DD


      """
    text += due(.eindevaluatie)
    text += """
      # eindevaluatie:
      #   datum: JJJJ-MM-DD
      #   \(author)
      #   \(signed)
      #   toelichting:
      #   visie_werkgever:
      #   visie_werknemer:

      # oordeel_werknemer: { datum: JJJJ-MM-DD, tekst: }


      """
    text += due(.rivAanWerknemer)
    text += "# riv_aan_werknemer: { datum: JJJJ-MM-DD }\n\n"
    text += due(.wiaAanvraag)
    text += "# wia_aanvraag: { datum: JJJJ-MM-DD }\n\n"
    text += due(.eindeWachttijd)
    return text
  }
}
