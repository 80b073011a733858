/**
 * The archive (Arkivlova, Noark 5): documents kept exactly as they were when they left Laget or a case reached a
 * milestone, each with its place in the Noark structure (arkiv, arkivdel, klasse, saksmappe, journalpost,
 * dokumentbeskrivelse, dokumentobjekt), and the deposit extract for the national archive. It listens to the past-tense
 * events of the modules that own the moments (a consent recorded or withdrawn, a relay case closed, a letter to a
 * reporter sent) and never calls into them; a child's records are read through the access door.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "platform::*", "organisation", "access", "child", "consent", "casework", "report", "transition",
                "agreement"})
package no.laget.archive;
