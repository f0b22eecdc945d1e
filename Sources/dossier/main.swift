import DossierCLI
import Foundation

exit(DossierMain.run(Array(CommandLine.arguments.dropFirst())))
